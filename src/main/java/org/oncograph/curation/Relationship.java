package org.oncograph.curation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.model.RelationKind;

/** A stored relationship as a mutation returns it: the schema's {@code Relationship}. */
record Relationship(String id, RelationKind type, Entity from, Entity to, Map<String, Object> properties,
		List<Provenance> sources, @Nullable Audit audit) {
}
