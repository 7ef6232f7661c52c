package org.oncograph.relation;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.Entity;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.SortOrder;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Each kind's lookup by id ({@code person}, {@code institution}…), read with the
 * relationship fields the request selects on it, and its filtered, paged list
 * ({@code people}, {@code institutions}…); events are listed by date unless another order
 * is asked for. The relationship fields themselves are wired by {@link RelationWiring}.
 */
@Controller
class KindController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Paging paging;

	KindController(EntityReader entities, EntityLookup lookup, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.paging = paging;
	}

	@QueryMapping
	Entity person(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.PERSON, env);
	}

	@QueryMapping
	Connection<Entity> people(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.PERSON, query, selection);
	}

	@QueryMapping
	Entity institution(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.INSTITUTION, env);
	}

	@QueryMapping
	Connection<Entity> institutions(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.INSTITUTION, query, selection);
	}

	@QueryMapping
	Entity city(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.CITY, env);
	}

	@QueryMapping
	Connection<Entity> cities(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.CITY, query, selection);
	}

	@QueryMapping
	Entity country(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.COUNTRY, env);
	}

	@QueryMapping
	Connection<Entity> countries(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.COUNTRY, query, selection);
	}

	@QueryMapping
	Entity association(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.ASSOCIATION, env);
	}

	@QueryMapping
	Connection<Entity> associations(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.ASSOCIATION, query, selection);
	}

	@QueryMapping
	Entity program(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.PROGRAM, env);
	}

	@QueryMapping
	Connection<Entity> programs(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.PROGRAM, query, selection);
	}

	@QueryMapping
	Entity topic(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.TOPIC, env);
	}

	@QueryMapping
	Connection<Entity> topics(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.TOPIC, query, selection);
	}

	@QueryMapping
	Entity event(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.EVENT, env);
	}

	@QueryMapping
	Connection<Entity> events(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return list(EntityType.EVENT, query.sortedBy(SortOrder.DATE), selection);
	}

	private Connection<Entity> list(EntityType type, ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(type), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

}
