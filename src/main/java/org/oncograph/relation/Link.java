package org.oncograph.relation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.model.RelationKind;

/**
 * One relationship as read: its kind, its start and end entities (in the stored
 * direction), its properties and its provenance. It is the value of every relationship
 * object type of the schema ({@code Affiliation}, {@code Cooperation}…), whose fields
 * {@link RelationWiring} reads from it as the kind names them.
 */
public record Link(RelationKind kind, Entity start, Entity end, Map<String, Object> properties,
		List<Provenance> sources) {

	/**
	 * The property's value, or the kind's default for it when the relationship lacks it.
	 */
	@Nullable Object property(String name) {
		Object value = this.properties.get(name);
		return (value != null) ? value : this.kind.defaultOf(name);
	}

}
