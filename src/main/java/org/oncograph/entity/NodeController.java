package org.oncograph.entity;

import java.net.URL;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code node}, {@code entities}, and the fields every entity has. */
@Controller
class NodeController {

	private final EntityReader entities;

	private final Paging paging;

	NodeController(EntityReader entities, Paging paging) {
		this.entities = entities;
		this.paging = paging;
	}

	@QueryMapping
	GraphNode node(@Argument String id) {
		return this.entities.node(id);
	}

	@QueryMapping
	Connection<Entity> entities(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(), query, this.paging.request(query.pageSize(), query.after(), selection));
	}

	@SchemaMapping(typeName = "Entity")
	EntityType type(Entity entity) {
		return entity.type();
	}

	@SchemaMapping(typeName = "Entity")
	@Nullable URL wikidataUrl(Entity entity) {
		return entity.wikidataUrl();
	}

}
