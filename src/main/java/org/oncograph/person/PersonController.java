package org.oncograph.person;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.Person;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.Affiliation;
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Hosting;
import org.oncograph.relation.Membership;
import org.oncograph.relation.Participation;
import org.oncograph.relation.ProgramParticipation;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code person}, {@code people} and the relationship fields of {@code Person}. */
@Controller
class PersonController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	PersonController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Person person(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.PERSON, Person.class, env);
	}

	@QueryMapping
	Connection<Person> people(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.PERSON), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Person, List<Affiliation>> affiliations(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_AFFILIATIONS);
	}

	@BatchMapping
	Map<Person, List<Membership>> memberships(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_MEMBERSHIPS);
	}

	@BatchMapping
	Map<Person, List<Participation>> events(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_EVENTS);
	}

	@BatchMapping
	Map<Person, List<ProgramParticipation>> programs(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_PROGRAMS);
	}

	@BatchMapping
	Map<Person, List<Cooperation>> cooperations(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_COOPERATIONS);
	}

	@BatchMapping
	Map<Person, List<Hosting>> hostedEvents(List<Person> people) {
		return this.relations.load(people, RelationFields.PERSON_HOSTED_EVENTS);
	}

}
