package org.oncograph.place;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oncograph.entity.City;
import org.oncograph.entity.Country;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.EntityType;
import org.oncograph.entity.Institution;
import org.oncograph.entity.ListQuery;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.Paging;
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.Hop;
import org.oncograph.relation.Location;
import org.oncograph.relation.Participation;
import org.oncograph.relation.ProgramParticipation;
import org.oncograph.relation.Relations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code city}, {@code cities}, {@code country}, {@code countries} and the fields of {@code City} and {@code Country}. */
@Controller
class PlaceController {

	private final EntityReader entities;

	private final Relations relations;

	private final Paging paging;

	PlaceController(EntityReader entities, Relations relations, Paging paging) {
		this.entities = entities;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	City city(@Argument String id) {
		return this.entities.entity(id, EntityType.CITY, City.class);
	}

	@QueryMapping
	Connection<City> cities(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.CITY), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@QueryMapping
	Country country(@Argument String id) {
		return this.entities.entity(id, EntityType.COUNTRY, Country.class);
	}

	@QueryMapping
	Connection<Country> countries(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.COUNTRY), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping(typeName = "City", field = "country")
	Map<City, Country> cityCountry(List<City> cities) {
		return this.relations.entity(cities, Hop.COUNTRY, Country.class);
	}

	@BatchMapping(typeName = "City", field = "location")
	Map<City, List<Location>> cityLocation(List<City> cities) {
		return this.relations.links(cities, Hop.LOCATION, Location::of);
	}

	@BatchMapping(typeName = "City", field = "located")
	Map<City, List<Location>> cityLocated(List<City> cities) {
		return this.relations.links(cities, Hop.LOCATED, Location::of);
	}

	@BatchMapping(typeName = "City", field = "institutions")
	Map<City, List<Institution>> cityInstitutions(List<City> cities) {
		return this.relations.entities(cities, Hop.INSTITUTIONS, Institution.class);
	}

	@BatchMapping
	Map<Country, List<City>> cities(List<Country> countries) {
		return this.relations.entities(countries, Hop.CITIES, City.class);
	}

	@BatchMapping(typeName = "Country", field = "institutions")
	Map<Country, List<Institution>> countryInstitutions(List<Country> countries) {
		return this.relations.entities(countries, Hop.INSTITUTIONS, Institution.class);
	}

	@BatchMapping(typeName = "Country", field = "located")
	Map<Country, List<Location>> countryLocated(List<Country> countries) {
		return this.relations.links(countries, Hop.LOCATED, Location::of);
	}

	@BatchMapping
	Map<Country, List<Participation>> events(List<Country> countries) {
		return this.relations.links(countries, Hop.EVENTS, Participation::of);
	}

	@BatchMapping
	Map<Country, List<ProgramParticipation>> programs(List<Country> countries) {
		return this.relations.links(countries, Hop.PROGRAMS, ProgramParticipation::of);
	}

	@BatchMapping
	Map<Country, List<Cooperation>> cooperations(List<Country> countries) {
		return this.relations.links(countries, Hop.COOPERATIONS, Cooperation::of);
	}

}
