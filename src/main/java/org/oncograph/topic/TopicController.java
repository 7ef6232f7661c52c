package org.oncograph.topic;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.Topic;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.About;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code topic}, {@code topics} and the events and programs about a {@code Topic}. */
@Controller
class TopicController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	TopicController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Topic topic(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.TOPIC, Topic.class, env);
	}

	@QueryMapping
	Connection<Topic> topics(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.TOPIC), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Topic, List<About>> events(List<Topic> topics) {
		return this.relations.load(topics, RelationFields.TOPIC_EVENTS);
	}

	@BatchMapping
	Map<Topic, List<About>> programs(List<Topic> topics) {
		return this.relations.load(topics, RelationFields.TOPIC_PROGRAMS);
	}

}
