package org.oncograph.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of entity: each with its Neo4j label (beside {@code :Entity}), the properties
 * it has beyond those every entity has ({@link #COMMON}), the schema enums that name the
 * values of its {@code kind} and {@code status}, the defaults a missing property reads
 * as, and whether a new one needs an English name.
 */
public enum EntityType {

	PERSON("Person", Set.of("titles", "titlesEn"), null, null, Map.of(), false),
	INSTITUTION("Institution", Set.of("kind", "region"), "InstitutionKind", null, Map.of("kind", "OTHER"), true),
	CITY("City", Set.of(), null, null, Map.of(), true), COUNTRY("Country", Set.of("iso2"), null, null, Map.of(), true),
	ASSOCIATION("Association", Set.of("kind"), "AssociationKind", null, Map.of("kind", "OTHER"), true),
	PROGRAM("Program", Set.of("kind", "status", "frequency", "description", "descriptionEn"), "ProgramKind",
			"ProgramStatus", Map.of("kind", "OTHER", "status", "ACTIVE"), true),
	TOPIC("Topic", Set.of(), null, null, Map.of(), true),
	EVENT("Event", Set.of("kind", "status", "date", "datePrecision", "dateText", "outcome", "outcomeEn", "count"),
			"EventKind", "EventStatus", Map.of("kind", "OTHER", "status", "HELD", "datePrecision", "DAY"), true);

	/**
	 * The places: cities and countries. A deep view that goes through them fills with the
	 * cities of a country, so a neighbourhood may keep them to the centre's own
	 * ({@code farGeography: false}).
	 */
	public static final Set<EntityType> GEOGRAPHY = Collections.unmodifiableSet(EnumSet.of(CITY, COUNTRY));

	/** The properties every kind has. */
	public static final Set<String> COMMON = Set.of("name", "nameEn", "aliases", "aliasesEn");

	/**
	 * Every property some kind has beyond {@link #COMMON}: the union of the kinds' own.
	 */
	public static final Set<String> OWN = ownProperties();

	private final String label;

	private final Set<String> properties;

	private final @Nullable String kindValues;

	private final @Nullable String statusValues;

	private final Map<String, String> defaults;

	private final boolean needsEnglishName;

	EntityType(String label, Set<String> properties, @Nullable String kindValues, @Nullable String statusValues,
			Map<String, String> defaults, boolean needsEnglishName) {
		this.label = label;
		this.properties = properties;
		this.kindValues = kindValues;
		this.statusValues = statusValues;
		this.defaults = defaults;
		this.needsEnglishName = needsEnglishName;
	}

	/**
	 * The Neo4j label of this kind (next to {@code :Entity}), also the name of its
	 * GraphQL object type.
	 */
	public String label() {
		return this.label;
	}

	/** Whether entities of this kind have the property, {@link #COMMON} ones included. */
	public boolean has(String property) {
		return COMMON.contains(property) || this.properties.contains(property);
	}

	/**
	 * The schema enum naming the allowed values of {@code kind}, or null when this kind
	 * has no {@code kind}.
	 */
	public @Nullable String kindValues() {
		return this.kindValues;
	}

	/**
	 * The schema enum naming the allowed values of {@code status}, or null when this kind
	 * has no {@code status}.
	 */
	public @Nullable String statusValues() {
		return this.statusValues;
	}

	/** What a missing property of this kind reads as, or null when it has no default. */
	public @Nullable String defaultOf(String property) {
		return this.defaults.get(property);
	}

	/**
	 * Whether a new entity of this kind must be given an English name (a person's is
	 * transliterated).
	 */
	public boolean needsEnglishName() {
		return this.needsEnglishName;
	}

	/** The kind whose label this is. */
	public static EntityType ofLabel(String label) {
		for (EntityType type : values()) {
			if (type.label.equals(label)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Not an entity label: " + label);
	}

	/**
	 * Every kind's label joined by colons ({@code Person:Institution:…}), for removing or
	 * testing them in Cypher.
	 */
	public static String labels() {
		StringBuilder labels = new StringBuilder();
		for (EntityType type : values()) {
			labels.append((labels.isEmpty()) ? "" : ":").append(type.label);
		}
		return labels.toString();
	}

	private static Set<String> ownProperties() {
		var own = new TreeSet<String>();
		for (EntityType type : values()) {
			own.addAll(type.properties);
		}
		return Set.copyOf(own);
	}

}
