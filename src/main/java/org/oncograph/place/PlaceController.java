package org.oncograph.place;

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
import org.oncograph.relation.Cooperation;
import org.oncograph.relation.EntityLookup;
import org.oncograph.relation.Location;
import org.oncograph.relation.Participation;
import org.oncograph.relation.ProgramParticipation;
import org.oncograph.relation.RelationFields;
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

	private final EntityLookup lookup;

	private final Relations relations;

	private final Paging paging;

	PlaceController(EntityReader entities, EntityLookup lookup, Relations relations, Paging paging) {
		this.entities = entities;
		this.lookup = lookup;
		this.relations = relations;
		this.paging = paging;
	}

	@QueryMapping
	City city(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.CITY, City.class, env);
	}

	@QueryMapping
	Connection<City> cities(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.CITY), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@QueryMapping
	Country country(@Argument String id, DataFetchingEnvironment env) {
		return this.lookup.entity(id, EntityType.COUNTRY, Country.class, env);
	}

	@QueryMapping
	Connection<Country> countries(@Arguments ListQuery query, DataFetchingFieldSelectionSet selection) {
		return this.entities.page(List.of(EntityType.COUNTRY), query,
				this.paging.request(query.pageSize(), query.after(), selection));
	}

	@BatchMapping(typeName = "City", field = "country")
	Map<City, Country> cityCountry(List<City> cities) {
		return this.relations.load(cities, RelationFields.CITY_COUNTRY);
	}

	@BatchMapping(typeName = "City", field = "location")
	Map<City, List<Location>> cityLocation(List<City> cities) {
		return this.relations.load(cities, RelationFields.CITY_LOCATION);
	}

	@BatchMapping(typeName = "City", field = "located")
	Map<City, List<Location>> cityLocated(List<City> cities) {
		return this.relations.load(cities, RelationFields.CITY_LOCATED);
	}

	@BatchMapping(typeName = "City", field = "institutions")
	Map<City, List<Institution>> cityInstitutions(List<City> cities) {
		return this.relations.load(cities, RelationFields.CITY_INSTITUTIONS);
	}

	@BatchMapping
	Map<Country, List<City>> cities(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_CITIES);
	}

	@BatchMapping(typeName = "Country", field = "institutions")
	Map<Country, List<Institution>> countryInstitutions(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_INSTITUTIONS);
	}

	@BatchMapping(typeName = "Country", field = "located")
	Map<Country, List<Location>> countryLocated(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_LOCATED);
	}

	@BatchMapping
	Map<Country, List<Participation>> events(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_EVENTS);
	}

	@BatchMapping
	Map<Country, List<ProgramParticipation>> programs(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_PROGRAMS);
	}

	@BatchMapping
	Map<Country, List<Cooperation>> cooperations(List<Country> countries) {
		return this.relations.load(countries, RelationFields.COUNTRY_COOPERATIONS);
	}

}
