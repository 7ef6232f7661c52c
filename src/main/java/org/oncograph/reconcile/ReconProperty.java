package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.reconcile.Facts.Named;

/**
 * The properties of the service: what a reconciliation query may constrain
 * ({@code properties: [{pid, v}]}), what data extension fetches, and what the property
 * suggest and proposals offer. Each says which kinds of entity have it and reads its
 * values from an entity's {@link Facts}.
 */
enum ReconProperty {

	CITY("city", "City", "where it is: an institution's or an event's city, a person's institutions' cities",
			EnumSet.of(EntityType.PERSON, EntityType.INSTITUTION, EntityType.EVENT, EntityType.CITY),
			facts -> entities(facts.cities())),

	COUNTRY("country", "Country", "the country of its city (a person's institutions', an event's)",
			EnumSet.of(EntityType.PERSON, EntityType.INSTITUTION, EntityType.EVENT, EntityType.CITY,
					EntityType.COUNTRY),
			facts -> entities(facts.countries())),

	KIND("kind", "Kind", "the kind of institution, association, programme or event (HOSPITAL, CONFERENCE…)",
			EnumSet.of(EntityType.INSTITUTION, EntityType.ASSOCIATION, EntityType.PROGRAM, EntityType.EVENT),
			facts -> optional(facts.kind())),

	AFFILIATION("affiliation", "Affiliated institution", "the institutions a person works at or is a member of",
			EnumSet.of(EntityType.PERSON), facts -> entities(facts.affiliations())),

	DATE("date", "Date", "the day of an event (as precise as the documents say)", EnumSet.of(EntityType.EVENT),
			facts -> {
				var date = facts.date();
				return (date == null) ? List.of() : List.of(new PropertyValue.Day(date));
			}),

	NAME("name", "Name", "the name as the documents write it (Russian)", EnumSet.allOf(EntityType.class),
			facts -> List.of(new PropertyValue.Text(facts.entity().name()))),

	NAME_EN("nameEn", "English name", "the English name (a person's: its Latin transliteration)",
			EnumSet.allOf(EntityType.class), facts -> List.of(new PropertyValue.Text(facts.entity().nameEn()))),

	ALIASES("aliases", "Other names", "other names and acronyms, Russian and English", EnumSet.allOf(EntityType.class),
			facts -> {
				List<PropertyValue> names = new ArrayList<>();
				facts.entity().aliases().forEach(alias -> names.add(new PropertyValue.Text(alias)));
				facts.entity().aliasesEn().forEach(alias -> names.add(new PropertyValue.Text(alias)));
				return names;
			}),

	WIKIDATA("wikidata", "Wikidata id", "the Wikidata item, where it is certain", EnumSet.allOf(EntityType.class),
			facts -> {
				Object wikidata = facts.entity().externalIds().get("wikidata");
				return optional((wikidata == null) ? null : wikidata.toString());
			}),

	DEGREE("degree", "Relationships", "how many relationships it has with other entities",
			EnumSet.allOf(EntityType.class), facts -> List.of(new PropertyValue.Count(facts.degree()))),

	SOURCES("sources", "Sources", "the first documents that name it (titles)", EnumSet.allOf(EntityType.class),
			facts -> facts.sources()
				.stream()
				.map(source -> (PropertyValue) new PropertyValue.Text(source.title()))
				.toList());

	/** How many properties there are (the largest proposal). */
	static final int COUNT = 11;

	private final String id;

	private final String label;

	private final String description;

	private final Set<EntityType> types;

	private final Function<Facts, List<PropertyValue>> values;

	ReconProperty(String id, String label, String description, Set<EntityType> types,
			Function<Facts, List<PropertyValue>> values) {
		this.id = id;
		this.label = label;
		this.description = description;
		this.types = types;
		this.values = values;
	}

	String id() {
		return this.id;
	}

	String label() {
		return this.label;
	}

	String description() {
		return this.description;
	}

	/** Whether entities of this kind have the property. */
	boolean appliesTo(EntityType type) {
		return this.types.contains(type);
	}

	/** The entity's values of the property, none when it has none. */
	List<PropertyValue> values(Facts facts) {
		return this.values.apply(facts);
	}

	/** The type of entity values, for a data extension's metadata; null for others. */
	@Nullable EntityType valueType() {
		return switch (this) {
			case CITY -> EntityType.CITY;
			case COUNTRY -> EntityType.COUNTRY;
			case AFFILIATION -> EntityType.INSTITUTION;
			default -> null;
		};
	}

	/** The property with this id, or a BAD_REQUEST listing them. */
	static ReconProperty of(String id, String argument) {
		for (ReconProperty property : values()) {
			if (property.id.equals(id)) {
				return property;
			}
		}
		throw new OncoGraphException.BadRequest(argument,
				"'" + id + "' is not a property of this service; the properties are " + ids() + ".");
	}

	static String ids() {
		return String.join(", ", Arrays.stream(values()).map(ReconProperty::id).toList());
	}

	private static List<PropertyValue> optional(@Nullable String text) {
		return (text == null) ? List.of() : List.of(new PropertyValue.Text(text));
	}

	private static List<PropertyValue> entities(List<Named> named) {
		return named.stream()
			.map(n -> (PropertyValue) new PropertyValue.EntityRef(n.id(), n.name(), n.names()))
			.toList();
	}

	/** How a kind is written in a query: any case, spaces or hyphens for underscores. */
	static String kindKey(String text) {
		return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

}
