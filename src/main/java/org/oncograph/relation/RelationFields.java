package org.oncograph.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.City;
import org.oncograph.entity.Country;
import org.oncograph.entity.Institution;
import org.oncograph.entity.Provenance;

/**
 * Every relationship field of the schema and what it reads: the one place that says which {@link Hop} a field
 * follows and which record each relationship becomes. The controllers' batch mappings load these; {@link
 * EntityLookup} finds here the fields a request selects on an entity, to read them with it.
 */
public final class RelationFields {

	private static final Map<String, RelationField<?>> BY_COORDINATES = new LinkedHashMap<>();

	public static final RelationField<List<Provenance>> ENTITY_SOURCES = register(
			RelationField.provenance("Entity.sources"));

	public static final RelationField<List<Affiliation>> PERSON_AFFILIATIONS = register(
			RelationField.links("Person.affiliations", Hop.AFFILIATIONS, Affiliation::of));
	public static final RelationField<List<Membership>> PERSON_MEMBERSHIPS = register(
			RelationField.links("Person.memberships", Hop.MEMBERSHIPS, Membership::of));
	public static final RelationField<List<Participation>> PERSON_EVENTS = register(
			RelationField.links("Person.events", Hop.EVENTS, Participation::of));
	public static final RelationField<List<ProgramParticipation>> PERSON_PROGRAMS = register(
			RelationField.links("Person.programs", Hop.PROGRAMS, ProgramParticipation::of));
	public static final RelationField<List<Cooperation>> PERSON_COOPERATIONS = register(
			RelationField.links("Person.cooperations", Hop.COOPERATIONS, Cooperation::of));
	public static final RelationField<List<Hosting>> PERSON_HOSTED_EVENTS = register(
			RelationField.links("Person.hostedEvents", Hop.HOSTED, Hosting::of));

	public static final RelationField<@Nullable City> INSTITUTION_CITY = register(
			RelationField.entity("Institution.city", Hop.CITY, City.class));
	public static final RelationField<@Nullable Country> INSTITUTION_COUNTRY = register(
			RelationField.entity("Institution.country", Hop.COUNTRY, Country.class));
	public static final RelationField<List<Location>> INSTITUTION_LOCATION = register(
			RelationField.links("Institution.location", Hop.LOCATION, Location::of));
	public static final RelationField<@Nullable PartOf> INSTITUTION_PARENT = register(
			RelationField.link("Institution.parent", Hop.PART_OF, PartOf::of));
	public static final RelationField<List<PartOf>> INSTITUTION_UNITS = register(
			RelationField.links("Institution.units", Hop.PARTS, PartOf::of));
	public static final RelationField<List<Affiliation>> INSTITUTION_PEOPLE = register(
			RelationField.links("Institution.people", Hop.STAFF, Affiliation::of));
	public static final RelationField<List<Membership>> INSTITUTION_MEMBERS = register(
			RelationField.links("Institution.members", Hop.MEMBERS, Membership::of));
	public static final RelationField<List<Membership>> INSTITUTION_MEMBERSHIPS = register(
			RelationField.links("Institution.memberships", Hop.MEMBERSHIPS, Membership::of));
	public static final RelationField<List<Cooperation>> INSTITUTION_COOPERATIONS = register(
			RelationField.links("Institution.cooperations", Hop.COOPERATIONS, Cooperation::of));
	public static final RelationField<List<Participation>> INSTITUTION_EVENTS = register(
			RelationField.links("Institution.events", Hop.EVENTS, Participation::of));
	public static final RelationField<List<Hosting>> INSTITUTION_HOSTED_EVENTS = register(
			RelationField.links("Institution.hostedEvents", Hop.HOSTED, Hosting::of));
	public static final RelationField<List<Venue>> INSTITUTION_VENUE_OF = register(
			RelationField.links("Institution.venueOf", Hop.VENUE_OF, Venue::of));
	public static final RelationField<List<ProgramParticipation>> INSTITUTION_PROGRAMS = register(
			RelationField.links("Institution.programs", Hop.PROGRAMS, ProgramParticipation::of));

	public static final RelationField<@Nullable Country> CITY_COUNTRY = register(
			RelationField.entity("City.country", Hop.COUNTRY, Country.class));
	public static final RelationField<List<Location>> CITY_LOCATION = register(
			RelationField.links("City.location", Hop.LOCATION, Location::of));
	public static final RelationField<List<Location>> CITY_LOCATED = register(
			RelationField.links("City.located", Hop.LOCATED, Location::of));
	public static final RelationField<List<Institution>> CITY_INSTITUTIONS = register(
			RelationField.entities("City.institutions", Hop.INSTITUTIONS, Institution.class));

	public static final RelationField<List<City>> COUNTRY_CITIES = register(
			RelationField.entities("Country.cities", Hop.CITIES, City.class));
	public static final RelationField<List<Institution>> COUNTRY_INSTITUTIONS = register(
			RelationField.entities("Country.institutions", Hop.INSTITUTIONS, Institution.class));
	public static final RelationField<List<Location>> COUNTRY_LOCATED = register(
			RelationField.links("Country.located", Hop.LOCATED, Location::of));
	public static final RelationField<List<Participation>> COUNTRY_EVENTS = register(
			RelationField.links("Country.events", Hop.EVENTS, Participation::of));
	public static final RelationField<List<ProgramParticipation>> COUNTRY_PROGRAMS = register(
			RelationField.links("Country.programs", Hop.PROGRAMS, ProgramParticipation::of));
	public static final RelationField<List<Cooperation>> COUNTRY_COOPERATIONS = register(
			RelationField.links("Country.cooperations", Hop.COOPERATIONS, Cooperation::of));

	public static final RelationField<List<Membership>> ASSOCIATION_MEMBERS = register(
			RelationField.links("Association.members", Hop.MEMBERS, Membership::of));
	public static final RelationField<List<PartOf>> ASSOCIATION_PARTS = register(
			RelationField.links("Association.parts", Hop.PARTS, PartOf::of));
	public static final RelationField<List<Cooperation>> ASSOCIATION_COOPERATIONS = register(
			RelationField.links("Association.cooperations", Hop.COOPERATIONS, Cooperation::of));
	public static final RelationField<List<Participation>> ASSOCIATION_EVENTS = register(
			RelationField.links("Association.events", Hop.EVENTS, Participation::of));

	public static final RelationField<List<ProgramParticipation>> PROGRAM_PARTICIPANTS = register(
			RelationField.links("Program.participants", Hop.PROGRAM_PARTICIPANTS, ProgramParticipation::of));
	public static final RelationField<List<About>> PROGRAM_TOPICS = register(
			RelationField.links("Program.topics", Hop.TOPICS, About::of));
	public static final RelationField<List<PartOf>> PROGRAM_PART_OF = register(
			RelationField.links("Program.partOf", Hop.PART_OF, PartOf::of));
	public static final RelationField<List<PartOf>> PROGRAM_EVENTS = register(
			RelationField.links("Program.events", Hop.PARTS, PartOf::of));
	public static final RelationField<List<Location>> PROGRAM_LOCATION = register(
			RelationField.links("Program.location", Hop.LOCATION, Location::of));

	public static final RelationField<List<About>> TOPIC_EVENTS = register(
			RelationField.links("Topic.events", Hop.TOPIC_EVENTS, About::of));
	public static final RelationField<List<About>> TOPIC_PROGRAMS = register(
			RelationField.links("Topic.programs", Hop.TOPIC_PROGRAMS, About::of));

	public static final RelationField<@Nullable Location> EVENT_PLACE = register(
			RelationField.link("Event.place", Hop.LOCATION, Location::of));
	public static final RelationField<@Nullable Venue> EVENT_VENUE = register(
			RelationField.link("Event.venue", Hop.VENUE, Venue::of));
	public static final RelationField<List<Hosting>> EVENT_HOSTS = register(
			RelationField.links("Event.hosts", Hop.HOSTS, Hosting::of));
	public static final RelationField<List<Participation>> EVENT_PARTICIPANTS = register(
			RelationField.links("Event.participants", Hop.PARTICIPANTS, Participation::of));
	public static final RelationField<List<About>> EVENT_TOPICS = register(
			RelationField.links("Event.topics", Hop.TOPICS, About::of));
	public static final RelationField<List<PartOf>> EVENT_PART_OF = register(
			RelationField.links("Event.partOf", Hop.PART_OF, PartOf::of));
	public static final RelationField<List<PartOf>> EVENT_PARTS = register(
			RelationField.links("Event.parts", Hop.PARTS, PartOf::of));

	private RelationFields() {
	}

	/** The relationship field {@code field} of the object type {@code type}, or of the {@code Entity} interface. */
	static Optional<RelationField<?>> of(String type, String field) {
		RelationField<?> own = BY_COORDINATES.get(type + "." + field);
		return Optional.ofNullable((own != null) ? own : BY_COORDINATES.get("Entity." + field));
	}

	/** Every field, in declaration order. */
	static Iterable<RelationField<?>> all() {
		return BY_COORDINATES.values();
	}

	private static <V> RelationField<V> register(RelationField<V> field) {
		BY_COORDINATES.put(field.coordinates(), field);
		return field;
	}

}
