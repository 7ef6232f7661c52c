package org.oncograph.event;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.Event;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.SortOrder;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;
import org.oncograph.relation.About;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Hosting;
import org.oncograph.relation.Location;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.Participation;
import org.oncograph.relation.RelationFields;
import org.oncograph.relation.Relations;
import org.oncograph.relation.Venue;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code event}, the {@code events} timeline and the relationship fields of {@code Event}. */
@Controller
class EventController {

	private final EntityReader entities;

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	EventController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Event event(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.EVENT, Event.class, env);
	}

	@QueryMapping
	Connection<Event> events(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.EVENT), query.sortedBy(SortOrder.DATE),
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Event, Location> place(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_PLACE);
	}

	@BatchMapping
	Map<Event, Venue> venue(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_VENUE);
	}

	@BatchMapping
	Map<Event, List<Hosting>> hosts(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_HOSTS);
	}

	@BatchMapping
	Map<Event, List<Participation>> participants(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_PARTICIPANTS);
	}

	@BatchMapping
	Map<Event, List<About>> topics(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_TOPICS);
	}

	@BatchMapping
	Map<Event, List<PartOf>> partOf(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_PART_OF);
	}

	@BatchMapping
	Map<Event, List<PartOf>> parts(List<Event> events) {
		return this.relations.load(events, RelationFields.EVENT_PARTS);
	}

}
