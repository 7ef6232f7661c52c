package org.oncograph.program;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.Program;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.About;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Location;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.ProgramParticipation;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code program}, {@code programs} and the relationship fields of {@code Program}. */
@Controller
class ProgramController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	ProgramController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Program program(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.PROGRAM, Program.class, env);
	}

	@QueryMapping
	Connection<Program> programs(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.PROGRAM), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Program, List<ProgramParticipation>> participants(List<Program> programs) {
		return this.relations.load(programs, RelationFields.PROGRAM_PARTICIPANTS);
	}

	@BatchMapping
	Map<Program, List<About>> topics(List<Program> programs) {
		return this.relations.load(programs, RelationFields.PROGRAM_TOPICS);
	}

	@BatchMapping
	Map<Program, List<PartOf>> partOf(List<Program> programs) {
		return this.relations.load(programs, RelationFields.PROGRAM_PART_OF);
	}

	@BatchMapping
	Map<Program, List<PartOf>> events(List<Program> programs) {
		return this.relations.load(programs, RelationFields.PROGRAM_EVENTS);
	}

	@BatchMapping
	Map<Program, List<Location>> location(List<Program> programs) {
		return this.relations.load(programs, RelationFields.PROGRAM_LOCATION);
	}

}
