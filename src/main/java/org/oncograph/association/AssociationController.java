package org.oncograph.association;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.Association;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.ListQuery;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Membership;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.Participation;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code association}, {@code associations} and the relationship fields of {@code Association}. */
@Controller
class AssociationController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	AssociationController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Association association(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.ASSOCIATION, Association.class, env);
	}

	@QueryMapping
	Connection<Association> associations(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.ASSOCIATION), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Association, List<Membership>> members(List<Association> associations) {
		return this.relations.load(associations, RelationFields.ASSOCIATION_MEMBERS);
	}

	@BatchMapping
	Map<Association, List<PartOf>> parts(List<Association> associations) {
		return this.relations.load(associations, RelationFields.ASSOCIATION_PARTS);
	}

	@BatchMapping
	Map<Association, List<Cooperation>> cooperations(List<Association> associations) {
		return this.relations.load(associations, RelationFields.ASSOCIATION_COOPERATIONS);
	}

	@BatchMapping
	Map<Association, List<Participation>> events(List<Association> associations) {
		return this.relations.load(associations, RelationFields.ASSOCIATION_EVENTS);
	}

}
