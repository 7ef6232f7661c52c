package org.oncograph.association;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.Association;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.EntityType;
import org.oncograph.entity.ListQuery;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.Hop;
import org.oncograph.relation.Membership;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.Participation;
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

	private final Relations relations;

	private final Paging paging;

	AssociationController(EntityReader entities, Relations relations, Paging paging) {
		this.entities = entities;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Association association(@Argument String id) {
		return this.entities.entity(id, EntityType.ASSOCIATION, Association.class);
	}

	@QueryMapping
	Connection<Association> associations(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.ASSOCIATION), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Association, List<Membership>> members(List<Association> associations) {
		return this.relations.links(associations, Hop.MEMBERS, Membership::of);
	}

	@BatchMapping
	Map<Association, List<PartOf>> parts(List<Association> associations) {
		return this.relations.links(associations, Hop.PARTS, PartOf::of);
	}

	@BatchMapping
	Map<Association, List<Cooperation>> cooperations(List<Association> associations) {
		return this.relations.links(associations, Hop.COOPERATIONS, Cooperation::of);
	}

	@BatchMapping
	Map<Association, List<Participation>> events(List<Association> associations) {
		return this.relations.links(associations, Hop.EVENTS, Participation::of);
	}

}
