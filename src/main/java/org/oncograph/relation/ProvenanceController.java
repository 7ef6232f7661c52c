package org.oncograph.relation;

import java.util.List;
import java.util.Map;

import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Entity.sources}: the sources naming every kind of entity, with the words naming it. */
@Controller
class ProvenanceController {

	private final Relations relations;

	ProvenanceController(Relations relations) {
		this.relations = relations;
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, List<Provenance>> sources(List<Entity> entities) {
		return this.relations.load(entities, RelationFields.ENTITY_SOURCES);
	}

}
