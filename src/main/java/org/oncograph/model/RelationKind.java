package org.oncograph.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import static org.oncograph.model.EntityType.ASSOCIATION;
import static org.oncograph.model.EntityType.CITY;
import static org.oncograph.model.EntityType.COUNTRY;
import static org.oncograph.model.EntityType.EVENT;
import static org.oncograph.model.EntityType.INSTITUTION;
import static org.oncograph.model.EntityType.PERSON;
import static org.oncograph.model.EntityType.PROGRAM;
import static org.oncograph.model.EntityType.TOPIC;
import static org.oncograph.model.RelationKind.Field.both;
import static org.oncograph.model.RelationKind.Field.in;
import static org.oncograph.model.RelationKind.Field.out;

/**
 * The relationship types, each with every fact the service states about it: the kinds of
 * entity it may link in its stored direction, its properties (and the schema enum of its
 * {@code status}), whether it means cooperation, the GraphQL object type a relationship
 * of it is and the names of that type's two end fields, the relationship fields of the
 * entity types that follow it, a short phrase and an explanation sentence in each
 * language. The GraphQL enum {@code RelationKind} has the same constants.
 */
public enum RelationKind {

	AFFILIATED_WITH(Ends.of(Set.of(PERSON), Set.of(INSTITUTION), "Affiliation", "person", "institution"),
			Set.of("role", "roleEn", "past"), null, true, "работает в", "affiliated with",
			w -> w.start() + " — " + ((w.role() != null) ? w.role() : "сотрудник") + ", организация «" + w.end() + "»",
			w -> (w.role() != null) ? w.start() + " is " + w.role() + " of " + w.end()
					: w.start() + " works at " + w.end(),
			out("Person.affiliations"), in("Institution.people")),

	MEMBER_OF(
			Ends.of(Set.of(PERSON, INSTITUTION, COUNTRY), Set.of(INSTITUTION, ASSOCIATION), "Membership", "member",
					"organization"),
			Set.of("role", "roleEn", "past"), null, true, "член", "member of",
			w -> w.start() + " состоит в составе: «" + w.end() + "»" + w.roleInBrackets(),
			w -> (w.role() != null) ? w.start() + " is " + w.role() + " of " + w.end()
					: w.start() + " is a member of " + w.end(),
			out("Person.memberships"), out("Institution.memberships"), in("Institution.members"),
			in("Association.members")),

	PART_OF(Ends.of(Set.of(INSTITUTION, EVENT, PROGRAM), Set.of(INSTITUTION, ASSOCIATION, EVENT, PROGRAM), "PartOf",
			"part", "whole"), Set.of(), null, true, "входит в", "part of",
			w -> "«" + w.start() + "» входит в состав: «" + w.end() + "»", w -> w.start() + " is part of " + w.end(),
			out("Institution.parent").single(), in("Institution.units"), in("Association.parts"), out("Program.partOf"),
			in("Program.events"), out("Event.partOf"), in("Event.parts")),

	PARTICIPATED_IN(
			Ends.of(Set.of(PERSON, INSTITUTION, ASSOCIATION, CITY, COUNTRY), Set.of(EVENT), "Participation", "entity",
					"event"),
			Set.of("role", "roleEn"), null, true, "участвовал(а)", "participated in",
			w -> w.start() + " — участник события «" + w.end() + "»" + w.roleInBrackets(),
			w -> w.start() + " took part in " + w.end() + w.roleInBrackets(), out("Person.events"),
			out("Institution.events"), out("City.events"), out("Country.events"), out("Association.events"),
			in("Event.participants")),

	PARTICIPATES_IN(
			Ends.of(Set.of(PERSON, INSTITUTION, ASSOCIATION, CITY, COUNTRY), Set.of(PROGRAM), "ProgramParticipation",
					"participant", "program"),
			Set.of("role", "roleEn", "status"), "ProgramStatus", true, "участвует в", "participates in",
			w -> w.start() + " — участник программы «" + w.end() + "»" + w.roleInBrackets() + w.statusRu(),
			w -> w.start() + " takes part in " + w.end() + ((w.role() != null) ? " as " + w.role() : "") + w.statusEn(),
			out("Person.programs"), out("Institution.programs"), out("City.programs"), out("Country.programs"),
			in("Program.participants")),

	COOPERATES_WITH(
			Ends.of(Set.of(PERSON, INSTITUTION, ASSOCIATION, CITY, COUNTRY),
					Set.of(INSTITUTION, ASSOCIATION, CITY, COUNTRY), "Cooperation", "party", "partner"),
			Set.of("status", "subject", "subjectEn", "since"), "CooperationStatus", true, "сотрудничает с",
			"cooperates with",
			w -> "Сотрудничество: " + w.start() + " и " + w.end() + w.statusRu() + w.subjectAfterColon(),
			w -> w.start() + " cooperates with " + w.end() + w.statusEn() + w.subjectAfterColon(),
			both("Person.cooperations"), both("Institution.cooperations"), both("City.cooperations"),
			both("Country.cooperations"), both("Association.cooperations")),

	HOSTED_BY(Ends.of(Set.of(EVENT), Set.of(PERSON, INSTITUTION, ASSOCIATION, COUNTRY), "Hosting", "event", "host"),
			Set.of("role", "roleEn"), null, true, "организатор", "hosted by",
			w -> "Организатор события «" + w.start() + "» — " + w.end() + w.roleInBrackets(),
			w -> w.start() + " was hosted by " + w.end() + w.roleInBrackets(), out("Event.hosts"),
			in("Person.hostedEvents"), in("Institution.hostedEvents")),

	TOOK_PLACE_AT(Ends.of(Set.of(EVENT), Set.of(INSTITUTION), "Venue", "event", "institution"), Set.of(), null, true,
			"место проведения", "took place at", w -> "Место проведения события «" + w.start() + "» — " + w.end(),
			w -> w.start() + " took place at " + w.end(), out("Event.venue").single(), in("Institution.venueOf")),

	LOCATED_IN(Ends.of(Set.of(INSTITUTION, EVENT, PROGRAM, CITY), Set.of(CITY, COUNTRY), "Location", "entity", "place"),
			Set.of(), null, false, "находится в", "located in",
			w -> "Местонахождение: «" + w.start() + "» — " + w.end(), w -> w.start() + " is located in " + w.end(),
			out("Institution.location"), out("City.location"), out("Program.location"), out("Event.place").single(),
			in("City.located"), in("Country.located")),

	ABOUT(Ends.of(Set.of(EVENT, PROGRAM), Set.of(TOPIC), "About", "subject", "topic"), Set.of(), null, false, "тема",
			"about", w -> "Тема: «" + w.start() + "» — " + w.end(), w -> w.start() + " is about " + w.end(),
			out("Program.topics"), out("Event.topics"), in("Topic.events").to(EVENT), in("Topic.programs").to(PROGRAM)),

	CONCERNS(Ends.of(Set.of(EVENT), Set.of(INSTITUTION, PROGRAM), "Concern", "event", "subject"), Set.of(), null, true,
			"касается", "concerns", w -> "«" + w.start() + "» касается: «" + w.end() + "»",
			w -> w.start() + " concerns " + w.end(), out("Event.concerns"), in("Institution.concernedBy"),
			in("Program.concernedBy"));

	/**
	 * The kinds that mean cooperation, followed by paths, analytics and exports unless
	 * others are asked for.
	 */
	public static final Set<RelationKind> COOPERATION = cooperationKinds();

	/**
	 * What a relationship of read-time defaults: a cooperation without a status is a
	 * proposal.
	 */
	private static final Map<RelationKind, Map<String, String>> DEFAULTS = Map.of(COOPERATES_WITH,
			Map.of("status", "PROPOSED"));

	private final Ends ends;

	private final Set<String> properties;

	private final @Nullable String statusValues;

	private final boolean cooperation;

	private final String phraseRu;

	private final String phraseEn;

	private final Function<Wording, String> sentenceRu;

	private final Function<Wording, String> sentenceEn;

	private final List<Field> fields;

	RelationKind(Ends ends, Set<String> properties, @Nullable String statusValues, boolean cooperation, String phraseRu,
			String phraseEn, Function<Wording, String> sentenceRu, Function<Wording, String> sentenceEn,
			Field... fields) {
		this.ends = ends;
		this.properties = properties;
		this.statusValues = statusValues;
		this.cooperation = cooperation;
		this.phraseRu = phraseRu;
		this.phraseEn = phraseEn;
		this.sentenceRu = sentenceRu;
		this.sentenceEn = sentenceEn;
		this.fields = List.of(fields);
	}

	/** The kinds of entity it may link and the GraphQL type a relationship of it is. */
	public Ends ends() {
		return this.ends;
	}

	/**
	 * Whether it may link an entity of kind {@code start} to one of kind {@code end}, in
	 * its stored direction.
	 */
	public boolean links(EntityType start, EntityType end) {
		return this.ends.from().contains(start) && this.ends.to().contains(end);
	}

	/**
	 * The properties a relationship of this kind may have (beyond its provenance and
	 * audit fields).
	 */
	public Set<String> properties() {
		return this.properties;
	}

	/**
	 * The schema enum naming the allowed values of its {@code status}, or null when it
	 * has none.
	 */
	public @Nullable String statusValues() {
		return this.statusValues;
	}

	/** What a missing property reads as, or null. */
	public @Nullable String defaultOf(String property) {
		return DEFAULTS.getOrDefault(this, Map.of()).get(property);
	}

	/** The relationship fields of entity types that follow this kind. */
	public List<Field> fields() {
		return this.fields;
	}

	/** A short phrase for an edge label, e.g. {@code affiliated with}. */
	public String phrase(Lang lang) {
		return (lang == Lang.ru) ? this.phraseRu : this.phraseEn;
	}

	/**
	 * The sentence stating one relationship of this kind (without sources or full stop).
	 */
	public String sentence(Lang lang, Wording wording) {
		return ((lang == Lang.ru) ? this.sentenceRu : this.sentenceEn).apply(wording);
	}

	/**
	 * The kind of this Neo4j relationship type, or null for a type that is not part of
	 * the vocabulary.
	 */
	public static @Nullable RelationKind ofType(String type) {
		for (RelationKind kind : values()) {
			if (kind.name().equals(type)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The relationship type names to follow: the given kinds (the cooperation kinds when
	 * none are given), plus {@code LOCATED_IN} when geography is asked for. Sorted, so
	 * equal selections give equal lists (and cache keys).
	 */
	public static List<String> types(@Nullable Collection<RelationKind> kinds, boolean includeGeography) {
		Set<RelationKind> selected = EnumSet.copyOf((kinds == null || kinds.isEmpty()) ? COOPERATION : kinds);
		if (includeGeography) {
			selected.add(LOCATED_IN);
		}
		List<String> names = new ArrayList<>();
		selected.forEach(kind -> names.add(kind.name()));
		return List.copyOf(names);
	}

	private static Set<RelationKind> cooperationKinds() {
		Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
		for (RelationKind kind : values()) {
			if (kind.cooperation) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/**
	 * The kinds of entity a relationship may start and end at, and the GraphQL object
	 * type it is read as, with the names of that type's start and end fields
	 * ({@code Affiliation.person}, {@code Affiliation.institution}).
	 */
	public record Ends(Set<EntityType> from, Set<EntityType> to, String schemaType, String startField,
			String endField) {

		static Ends of(Set<EntityType> from, Set<EntityType> to, String schemaType, String startField,
				String endField) {
			return new Ends(Collections.unmodifiableSet(EnumSet.copyOf(from)),
					Collections.unmodifiableSet(EnumSet.copyOf(to)), schemaType, startField, endField);
		}

	}

	/** Which way a field follows its relationships from the entity it is on. */
	public enum Direction {

		/** Along the stored direction: the entity is the start. */
		OUT,
		/** Against it: the entity is the end. */
		IN,
		/** Either way (cooperation is stated by one party but holds for both). */
		BOTH

	}

	/**
	 * A relationship field of an entity type ({@code Person.affiliations}): its schema
	 * coordinates, which way it follows the kind, whether it holds one relationship (the
	 * first by date and name) instead of a list, and the kind of entity at the other end
	 * when the field keeps only one.
	 */
	public record Field(String coordinates, Direction direction, boolean one, @Nullable EntityType other) {

		static Field out(String coordinates) {
			return new Field(coordinates, Direction.OUT, false, null);
		}

		static Field in(String coordinates) {
			return new Field(coordinates, Direction.IN, false, null);
		}

		static Field both(String coordinates) {
			return new Field(coordinates, Direction.BOTH, false, null);
		}

		Field single() {
			return new Field(this.coordinates, this.direction, true, this.other);
		}

		Field to(EntityType other) {
			return new Field(this.coordinates, this.direction, this.one, other);
		}

	}

}
