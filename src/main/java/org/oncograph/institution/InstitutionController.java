package org.oncograph.institution;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.City;
import org.oncograph.entity.Country;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.Institution;
import org.oncograph.entity.ListQuery;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.Affiliation;
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Hosting;
import org.oncograph.relation.Location;
import org.oncograph.relation.Membership;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.Participation;
import org.oncograph.relation.ProgramParticipation;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;
import org.oncograph.relation.Venue;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code institution}, {@code institutions} and the relationship fields of {@code Institution}. */
@Controller
class InstitutionController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	InstitutionController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Institution institution(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.INSTITUTION, Institution.class, env);
	}

	@QueryMapping
	Connection<Institution> institutions(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.INSTITUTION), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Institution, City> city(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_CITY);
	}

	@BatchMapping
	Map<Institution, Country> country(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_COUNTRY);
	}

	@BatchMapping
	Map<Institution, List<Location>> location(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_LOCATION);
	}

	@BatchMapping
	Map<Institution, PartOf> parent(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_PARENT);
	}

	@BatchMapping
	Map<Institution, List<PartOf>> units(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_UNITS);
	}

	@BatchMapping
	Map<Institution, List<Affiliation>> people(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_PEOPLE);
	}

	@BatchMapping
	Map<Institution, List<Membership>> members(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_MEMBERS);
	}

	@BatchMapping
	Map<Institution, List<Membership>> memberships(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_MEMBERSHIPS);
	}

	@BatchMapping
	Map<Institution, List<Cooperation>> cooperations(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_COOPERATIONS);
	}

	@BatchMapping
	Map<Institution, List<Participation>> events(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_EVENTS);
	}

	@BatchMapping
	Map<Institution, List<Hosting>> hostedEvents(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_HOSTED_EVENTS);
	}

	@BatchMapping
	Map<Institution, List<Venue>> venueOf(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_VENUE_OF);
	}

	@BatchMapping
	Map<Institution, List<ProgramParticipation>> programs(List<Institution> institutions) {
		return this.relations.load(institutions, RelationFields.INSTITUTION_PROGRAMS);
	}

}
