package org.oncograph.event;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.EntityType;
import org.oncograph.entity.Event;
import org.oncograph.entity.ListQuery;
import org.oncograph.entity.SortOrder;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.relation.About;
import org.oncograph.relation.Hop;
import org.oncograph.relation.Hosting;
import org.oncograph.relation.Location;
import org.oncograph.relation.PartOf;
import org.oncograph.relation.Participation;
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

	private final Relations relations;

	private final Paging paging;

	EventController(EntityReader entities, Relations relations, Paging paging) {
		this.entities = entities;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	Event event(@Argument String id) {
		return this.entities.entity(id, EntityType.EVENT, Event.class);
	}

	@QueryMapping
	Connection<Event> events(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.EVENT), query.sortedBy(SortOrder.DATE),
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping
	Map<Event, Location> place(List<Event> events) {
		return this.relations.link(events, Hop.LOCATION, Location::of);
	}

	@BatchMapping
	Map<Event, Venue> venue(List<Event> events) {
		return this.relations.link(events, Hop.VENUE, Venue::of);
	}

	@BatchMapping
	Map<Event, List<Hosting>> hosts(List<Event> events) {
		return this.relations.links(events, Hop.HOSTS, Hosting::of);
	}

	@BatchMapping
	Map<Event, List<Participation>> participants(List<Event> events) {
		return this.relations.links(events, Hop.PARTICIPANTS, Participation::of);
	}

	@BatchMapping
	Map<Event, List<About>> topics(List<Event> events) {
		return this.relations.links(events, Hop.TOPICS, About::of);
	}

	@BatchMapping
	Map<Event, List<PartOf>> partOf(List<Event> events) {
		return this.relations.links(events, Hop.PART_OF, PartOf::of);
	}

	@BatchMapping
	Map<Event, List<PartOf>> parts(List<Event> events) {
		return this.relations.links(events, Hop.PARTS, PartOf::of);
	}

}
