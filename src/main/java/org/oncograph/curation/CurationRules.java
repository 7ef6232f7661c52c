package org.oncograph.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.oncograph.curation.EntityProperty.Shape;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.entity.Source;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

/**
 * What is wrong with a mutation's input: the checks alone, pure code over the model
 * ({@link EntityType}, {@link RelationKind}) with no database and no Spring. The facts a
 * check needs from the graph (the entity an id names, the duplicate of a name, which
 * sources exist, the time of the write) come in as plain arguments, and the allowed
 * values of the schema's enums as a function, so every rule is tested in milliseconds.
 * {@link Curation} reads the facts, calls these and writes only when they find nothing.
 */
final class CurationRules {

	/**
	 * The first year a written date may have: the oldest institutions of the field are of
	 * the nineteenth century.
	 */
	static final int FIRST_YEAR = 1800;

	/**
	 * The last year a written date may have: plans reach decades ahead, not centuries.
	 */
	static final int LAST_YEAR = 2100;

	/** The form of a source id given by the curator. */
	static final Pattern SOURCE_ID = Pattern.compile("source:[a-z0-9][a-z0-9-]{0,60}");

	private final Function<String, List<String>> schemaEnums;

	/**
	 * @param schemaEnums the values of the schema enum with the given name, in schema
	 * order ({@link Vocabulary})
	 */
	CurationRules(Function<String, List<String>> schemaEnums) {
		this.schemaEnums = schemaEnums;
	}

	/**
	 * The outcome of checking a new source: the problems, and the source it would
	 * duplicate, if any.
	 */
	record SourceCheck(Problems problems, @Nullable Source existing) {
	}

	/**
	 * {@code addSource}: the texts, a publication date not in the future, the form of a
	 * given id, and no other source with the same id or (folded) title.
	 * @param sources every source of the graph
	 * @param today the day of the write
	 */
	SourceCheck source(SourceInput input, List<Source> sources, LocalDate today) {
		var problems = new Problems();
		InputTexts.check(input, problems);
		problems.requireText("title", input.title());
		problems.optionalText("titleEn", input.titleEn());
		problems.optionalText("publisher", input.publisher());
		problems.optionalText("publishedOnNote", input.publishedOnNote());
		problems.optionalText("file", input.file());
		notInTheFuture(problems, "publishedOn", input.publishedOn(), today);
		Source existing = null;
		String id = input.id();
		if (id != null) {
			if (!SOURCE_ID.matcher(id).matches()) {
				problems.add("id", FieldError.Code.INVALID,
						"id must look like 'source:<lower-case letters, digits, hyphens>', was '" + id + "'.");
			}
			else {
				existing = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
				if (existing != null) {
					problems.add("id", FieldError.Code.DUPLICATE, "A source with id '" + id + "' exists already.");
				}
			}
		}
		if (existing == null && input.title() != null && !input.title().isBlank()) {
			String key = Names.key(input.title());
			existing = sources.stream().filter(s -> Names.key(s.title()).equals(key)).findFirst().orElse(null);
			if (existing != null) {
				problems.add("title", FieldError.Code.DUPLICATE,
						"Source '" + existing.id() + "' has the same title; cite it instead of adding it again.");
			}
		}
		return new SourceCheck(problems, existing);
	}

	/**
	 * {@code upsertEntity}: when changing, that the id names an entity of the same kind;
	 * when creating, the names the kind needs; then every property: whether the kind has
	 * it, its value, the dates of events; the evidence; and that no other entity of the
	 * kind has the name.
	 * @param current the kind of the entity {@code input.id()} names, or null when there
	 * is none (or no id)
	 * @param duplicate the id of another entity of the kind with the same (folded) name
	 * or alias, or null
	 * @param existingSources which of the sources the input names exist
	 * @param today the day of the write
	 */
	Problems entity(EntityInput input, @Nullable EntityType current, @Nullable String duplicate,
			Set<String> existingSources, LocalDate today) {
		var problems = new Problems();
		InputTexts.check(input, problems);
		EntityType type = input.type();
		boolean creating = input.id() == null;
		if (!creating) {
			if (current == null) {
				problems.add("id", FieldError.Code.NOT_FOUND, "No entity with id '" + input.id() + "'.");
			}
			else if (current != type) {
				problems.add("type", FieldError.Code.INVALID, "'" + input.id() + "' is a " + current + ", not a " + type
						+ "; the kind of an entity cannot change.");
			}
		}
		if (creating) {
			// requireText checks the length too: each text is checked once, one error.
			problems.requireText("name", input.name());
			if (type.needsEnglishName()) {
				problems.requireText("nameEn", input.nameEn());
			}
			else {
				problems.optionalText("nameEn", input.nameEn());
			}
			// A country is known by its code: every kind that has one must be given it.
			if (type.has(EntityProperty.ISO2.property())) {
				problems.requireText("iso2", input.iso2());
			}
		}
		else {
			problems.optionalText("name", input.name());
			problems.optionalText("nameEn", input.nameEn());
		}
		checkProperties(problems, input, today);
		problems.requireEvidence(input.sources(), existingSources);
		if (duplicate != null) {
			problems.add("name", FieldError.Code.DUPLICATE,
					"The " + type.label().toLowerCase(Locale.ROOT) + " '" + duplicate + "' has this name already"
							+ (creating ? "; change it instead (upsertEntity with its id)." : "."));
		}
		return problems;
	}

	/**
	 * {@code addRelationship}: both ends exist and differ, the kind links their kinds, it
	 * has the properties given (its status one of its schema enum), {@code since} is not
	 * in the future, and the evidence.
	 * @param from the kind of the start entity, or null when there is none
	 * @param to the kind of the end entity, or null when there is none
	 * @param existingSources which of the sources the input names exist
	 * @param today the day of the write
	 */
	Problems relationship(RelationshipInput input, @Nullable EntityType from, @Nullable EntityType to,
			Set<String> existingSources, LocalDate today) {
		var problems = new Problems();
		InputTexts.check(input, problems);
		RelationKind kind = input.type();
		if (from == null) {
			problems.add("from", FieldError.Code.NOT_FOUND, "No entity with id '" + input.from() + "'.");
		}
		if (to == null) {
			problems.add("to", FieldError.Code.NOT_FOUND, "No entity with id '" + input.to() + "'.");
		}
		if (input.from().equals(input.to())) {
			problems.add("to", FieldError.Code.SELF_LOOP, "from and to are the same entity ('" + input.from()
					+ "'): a relationship links two different entities.");
		}
		if (from != null && to != null && !kind.links(from, to)) {
			problems.add("type", FieldError.Code.NOT_ALLOWED, kind + " links " + kind.ends().from() + " to "
					+ kind.ends().to() + ", not a " + from + " to a " + to + ".");
		}
		String what = kind + " relationships";
		for (Map.Entry<String, @Nullable Object> property : input.properties().entrySet()) {
			problems.notApplicable(property.getKey(), property.getValue(),
					kind.properties().contains(property.getKey()), what);
			if (property.getValue() instanceof String text) {
				problems.optionalText(property.getKey(), text);
			}
		}
		String statusValues = kind.statusValues();
		if (statusValues != null && input.status() != null) {
			problems.requireOneOf("status", input.status(), statusValues, this.schemaEnums.apply(statusValues));
		}
		notInTheFuture(problems, "since", input.since(), today);
		problems.requireEvidence(input.sources(), existingSources);
		return problems;
	}

	/**
	 * {@code retractFact}: a reason, exactly one fact, and that fact found.
	 * @param found whether the fact the input names exists (the entity, when both are
	 * named)
	 */
	Problems retraction(RetractionInput input, boolean found) {
		var problems = new Problems();
		InputTexts.check(input, problems);
		problems.requireText("reason", input.reason());
		if ((input.entity() == null) == (input.relationship() == null)) {
			problems.add("entity", FieldError.Code.INVALID,
					"Give exactly one of entity (an entity id) and relationship (type, from, to).");
		}
		if (input.entity() != null) {
			if (!found) {
				problems.add("entity", FieldError.Code.NOT_FOUND, "No entity with id '" + input.entity() + "'.");
			}
		}
		else if (input.relationship() != null && !found) {
			RelationshipRef ref = input.relationship();
			problems.add("relationship", FieldError.Code.NOT_FOUND,
					"No " + ref.type() + " relationship from '" + ref.from() + "' to '" + ref.to() + "'.");
		}
		return problems;
	}

	/**
	 * Each property beyond the names: the texts of lists first, then for each property in
	 * turn whether the kind has it and whether its value is valid; then the rules of
	 * dates.
	 */
	private void checkProperties(Problems problems, EntityInput input, LocalDate today) {
		EntityType type = input.type();
		String kinds = type.name().toLowerCase(Locale.ROOT) + " entities";
		for (EntityProperty property : EntityProperty.values()) {
			if (property.shape() == Shape.TEXTS || property.shape() == Shape.TRANSLATIONS) {
				problems.optionalTexts(property.property(), texts(property.of(input)));
			}
		}
		for (EntityProperty property : EntityProperty.values()) {
			Object value = property.of(input);
			problems.notApplicable(property.property(), value, type.has(property.property()), kinds);
			switch (property.shape()) {
				case TEXT -> problems.optionalText(property.property(), (String) value);
				case TRANSLATIONS -> {
					List<String> originals = texts(property.translated().of(input));
					List<String> translations = texts(value);
					if (originals != null && translations != null && originals.size() != translations.size()) {
						problems.add(property.property(), FieldError.Code.INVALID,
								property.property() + " must translate " + property.translated().property()
										+ " one to one (" + originals.size() + " " + property.translated().property()
										+ ", " + translations.size() + " translations).");
					}
				}
				case ENUM -> {
					String schemaEnum = property.schemaEnum(type);
					if (schemaEnum != null && value != null) {
						problems.requireOneOf(property.property(), (String) value, schemaEnum,
								this.schemaEnums.apply(schemaEnum));
					}
				}
				case TEXTS, TYPED -> {
				}
			}
		}
		if (type.has(EntityProperty.DATE.property())) {
			boolean inRange = inRange(problems, "date", input.date());
			if (input.date() == null && (input.datePrecision() != null || input.dateText() != null)) {
				problems.add("date", FieldError.Code.REQUIRED,
						"datePrecision and dateText describe a date: give the date too.");
			}
			if (inRange && "HELD".equals(input.status()) && input.date() != null && input.date().isAfter(today)) {
				problems.add("date", FieldError.Code.INVALID,
						"An event dated " + input.date() + " cannot have been HELD yet; make it PLANNED.");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<String> texts(@Nullable Object value) {
		return (List<String>) value;
	}

	/**
	 * A date of the past, when given: within the years a date may have, and not after
	 * today.
	 */
	private static void notInTheFuture(Problems problems, String field, @Nullable LocalDate date, LocalDate today) {
		if (inRange(problems, field, date) && date != null && date.isAfter(today)) {
			problems.add(field, FieldError.Code.INVALID, field + " must not be in the future, was " + date + ".");
		}
	}

	/**
	 * Whether a date, when given, is within {@value #FIRST_YEAR}–{@value #LAST_YEAR}
	 * (reported when not): the {@code Date} scalar already refused days that do not
	 * exist, this refuses the years no fact of the field can have.
	 */
	private static boolean inRange(Problems problems, String field, @Nullable LocalDate date) {
		if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
			problems.add(field, FieldError.Code.INVALID,
					field + " must be a day of the years " + FIRST_YEAR + " to " + LAST_YEAR + ", was " + date + ".");
			return false;
		}
		return true;
	}

}
