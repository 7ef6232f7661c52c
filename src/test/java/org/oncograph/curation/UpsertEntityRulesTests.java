package org.oncograph.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.model.EntityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.SOURCES;
import static org.oncograph.curation.RuleFixtures.TODAY;
import static org.oncograph.curation.RuleFixtures.entity;
import static org.oncograph.curation.RuleFixtures.error;

/**
 * The rules of {@code upsertEntity}, each kind against the model ({@link EntityType}): no
 * database, no Spring.
 */
@Tag("rules")
class UpsertEntityRulesTests {

	/** Checks a new entity that duplicates nothing. */
	static List<FieldError> creating(EntityInput input) {
		return RULES.entity(input, null, null, SOURCES, TODAY).list();
	}

	/** What a new entity of the kind needs: its names, and a country its code. */
	static Map<String, Object> named(EntityType type) {
		Map<String, Object> fields = new HashMap<>(Map.of("name", "Новое имя"));
		if (type.needsEnglishName()) {
			fields.put("nameEn", "New name");
		}
		if (type.has("iso2")) {
			fields.put("iso2", "GE");
		}
		return fields;
	}

	/**
	 * A valid value of the property for an entity of this kind (any value when the kind
	 * does not have it).
	 */
	static Object sample(EntityType type, String property) {
		return switch (property) {
			case "aliases" -> List.of("Другое имя");
			case "aliasesEn" -> List.of("Other name");
			case "titles" -> List.of("профессор");
			case "titlesEn" -> List.of("professor");
			case "kind" -> Objects.requireNonNullElse(type.defaultOf("kind"), "OTHER");
			case "status" -> Objects.requireNonNullElse(type.defaultOf("status"), "ACTIVE");
			case "iso2" -> "GE";
			case "date" -> LocalDate.of(2020, 4, 1);
			case "datePrecision" -> "MONTH";
			case "count" -> 120;
			default -> "текст свойства " + property;
		};
	}

	@Test
	void theInputsPropertiesAreTheModels() {
		Set<String> table = new HashSet<>(Set.of("name", "nameEn"));
		for (EntityProperty property : EntityProperty.values()) {
			table.add(property.property());
		}
		Set<String> model = new HashSet<>(EntityType.COMMON);
		model.addAll(EntityType.OWN);
		Set<String> input = new HashSet<>(RuleFixtures.components(EntityInput.class));
		input.removeAll(Set.of("id", "type", "sources"));
		assertThat(table).isEqualTo(model).isEqualTo(input);
	}

	@Test
	void aNewEntityNeedsANameAndAnEnglishNameWhenItsKindDoes() {
		for (EntityType type : EntityType.values()) {
			Map<String, Object> nameless = named(type);
			nameless.keySet().removeAll(Set.of("name", "nameEn"));
			var expected = new ArrayList<FieldError>();
			expected.add(error("name", Code.REQUIRED, "name must not be blank."));
			if (type.needsEnglishName()) {
				expected.add(error("nameEn", Code.REQUIRED, "nameEn must not be blank."));
			}
			assertThat(creating(entity(type, nameless))).as(type.name()).containsExactlyElementsOf(expected);
			assertThat(creating(entity(type, named(type)))).as(type.name()).isEmpty();
		}
		assertThat(EntityType.PERSON.needsEnglishName()).isFalse();
	}

	@Test
	void blankNamesAreRefusedAndAChangeNeedsNoName() {
		// A blank name of a new entity is missing: one error, not a second for a blank
		// text given.
		assertThat(creating(entity(EntityType.TOPIC, Map.of("name", "  ", "nameEn", "")))).containsExactly(
				error("name", Code.REQUIRED, "name must not be blank."),
				error("nameEn", Code.REQUIRED, "nameEn must not be blank."));
		assertThat(RULES
			.entity(entity(EntityType.TOPIC, Map.of("id", "topic:x", "nameEn", " ")), EntityType.TOPIC, null, SOURCES,
					TODAY)
			.list()).containsExactly(
					error("nameEn", Code.INVALID, "nameEn must not be blank when given (leave it out instead)."));
		assertThat(
				RULES.entity(entity(EntityType.TOPIC, Map.of("id", "topic:x")), EntityType.TOPIC, null, SOURCES, TODAY)
					.list())
			.isEmpty();
	}

	@Test
	void aNewCountryNeedsItsCode() {
		Map<String, Object> fields = named(EntityType.COUNTRY);
		fields.remove("iso2");
		assertThat(creating(entity(EntityType.COUNTRY, fields)))
			.containsExactly(error("iso2", Code.REQUIRED, "iso2 must not be blank."));
		assertThat(RULES
			.entity(entity(EntityType.COUNTRY, Map.of("id", "country:georgia")), EntityType.COUNTRY, null, SOURCES,
					TODAY)
			.list()).isEmpty();
	}

	@Test
	void everyPropertyAKindLacksIsNotApplicable() {
		for (EntityType type : EntityType.values()) {
			for (String property : EntityType.OWN) {
				if (!type.has(property)) {
					Map<String, Object> fields = named(type);
					fields.put(property, sample(type, property));
					assertThat(creating(entity(type, fields))).as("%s of %s", property, type)
						.containsExactly(error(property, Code.NOT_APPLICABLE,
								property + " does not apply to " + type.name().toLowerCase() + " entities."));
				}
			}
		}
	}

	@Test
	void everyKindTakesAllItsProperties() {
		for (EntityType type : EntityType.values()) {
			Map<String, Object> fields = named(type);
			for (String property : EntityType.OWN) {
				if (type.has(property)) {
					fields.put(property, sample(type, property));
				}
			}
			fields.put("aliases", sample(type, "aliases"));
			fields.put("aliasesEn", sample(type, "aliasesEn"));
			assertThat(creating(entity(type, fields))).as(type.name()).isEmpty();
		}
	}

	@Test
	void kindAndStatusAreValuesOfTheSchemaEnumsTheModelNames() {
		int enums = 0;
		for (EntityType type : EntityType.values()) {
			for (String property : List.of("kind", "status")) {
				String schemaEnum = property.equals("kind") ? type.kindValues() : type.statusValues();
				if (schemaEnum == null) {
					continue;
				}
				enums++;
				List<String> values = RuleFixtures.schemaEnum(schemaEnum);
				assertThat(values).contains(type.defaultOf(property));
				for (String value : values) {
					Map<String, Object> fields = named(type);
					fields.put(property, value);
					assertThat(creating(entity(type, fields))).as("%s %s %s", type, property, value).isEmpty();
				}
				Map<String, Object> fields = named(type);
				fields.put(property, "SPACESHIP");
				assertThat(creating(entity(type, fields))).as("%s %s", type, property)
					.containsExactly(error(property, Code.INVALID, property + " must be one of " + schemaEnum + " ("
							+ String.join(", ", values) + "), was 'SPACESHIP'."));
			}
		}
		assertThat(enums).isEqualTo(6);
	}

	@Test
	void listsHoldNoBlankOrOverlongTextsAndTitlesAreTranslatedOneToOne() {
		String overlong = "я".repeat(Problems.MAX_TEXT + 1);
		var input = entity(EntityType.PERSON, Map.of("name", "Иван Петров", "aliases", List.of("Ваня", " "), "titles",
				List.of("профессор", overlong), "titlesEn", List.of("professor")));
		assertThat(creating(input)).containsExactly(
				error("aliases[1]", Code.INVALID, "aliases[1] must not be blank when given (leave it out instead)."),
				error("titles[1]", Code.INVALID, "titles[1] must have at most 2000 characters, has 2001."),
				error("titlesEn", Code.INVALID,
						"titlesEn must translate titles one to one (2 titles, 1 translations)."));
		assertThat(creating(entity(EntityType.PERSON, Map.of("name", "Иван Петров", "titles", List.of("профессор")))))
			.isEmpty();
	}

	@Test
	void anOverlongNameIsOneErrorWhetherRequiredOrNot() {
		String overlong = "я".repeat(Problems.MAX_TEXT + 1);
		String message = " must have at most 2000 characters, has 2001.";
		assertThat(creating(entity(EntityType.TOPIC, Map.of("name", overlong, "nameEn", "Topic"))))
			.containsExactly(error("name", Code.INVALID, "name" + message));
		assertThat(creating(entity(EntityType.TOPIC, Map.of("name", "Тема", "nameEn", overlong))))
			.containsExactly(error("nameEn", Code.INVALID, "nameEn" + message));
		assertThat(creating(entity(EntityType.PERSON, Map.of("name", "Иван Петров", "nameEn", overlong))))
			.containsExactly(error("nameEn", Code.INVALID, "nameEn" + message));
	}

	@Test
	void aPrecisionOrDateTextWithoutADateIsRefused() {
		var precision = entity(EntityType.EVENT,
				Map.of("name", "Конгресс", "nameEn", "Congress", "datePrecision", "YEAR"));
		var text = entity(EntityType.EVENT, Map.of("name", "Конгресс", "nameEn", "Congress", "dateText", "весной"));
		var required = error("date", Code.REQUIRED, "datePrecision and dateText describe a date: give the date too.");
		assertThat(creating(precision)).containsExactly(required);
		assertThat(creating(text)).containsExactly(required);
	}

	@Test
	void anEventInTheFutureCannotHaveBeenHeld() {
		LocalDate tomorrow = TODAY.plusDays(1);
		var held = entity(EntityType.EVENT,
				Map.of("name", "Конгресс", "nameEn", "Congress", "status", "HELD", "date", tomorrow));
		assertThat(creating(held)).containsExactly(
				error("date", Code.INVALID, "An event dated 2025-06-16 cannot have been HELD yet; make it PLANNED."));
		for (var fields : List.of(Map.of("status", "HELD", "date", TODAY),
				Map.of("status", "PLANNED", "date", tomorrow), Map.of("date", tomorrow))) {
			Map<String, Object> event = new HashMap<>(fields);
			event.putAll(Map.of("name", "Конгресс", "nameEn", "Congress"));
			assertThat(creating(entity(EntityType.EVENT, event))).as(fields.toString()).isEmpty();
		}
	}

	@Test
	void aChangeMustNameAnEntityOfTheSameKind() {
		var change = entity(EntityType.INSTITUTION, Map.of("id", "person:nefedov-andrey"));
		assertThat(RULES.entity(change, null, null, SOURCES, TODAY).list())
			.containsExactly(error("id", Code.NOT_FOUND, "No entity with id 'person:nefedov-andrey'."));
		assertThat(RULES.entity(change, EntityType.PERSON, null, SOURCES, TODAY).list())
			.containsExactly(error("type", Code.INVALID,
					"'person:nefedov-andrey' is a PERSON, not a INSTITUTION; the kind of an entity cannot change."));
		assertThat(RULES.entity(change, EntityType.INSTITUTION, null, SOURCES, TODAY).list()).isEmpty();
	}

	@Test
	void aDuplicateNameIsReportedWithTheEntityItDuplicates() {
		var creating = entity(EntityType.INSTITUTION, named(EntityType.INSTITUTION));
		assertThat(RULES.entity(creating, null, "institution:x", SOURCES, TODAY).list()).containsExactly(error("name",
				Code.DUPLICATE,
				"The institution 'institution:x' has this name already; change it instead (upsertEntity with its id)."));
		var changing = entity(EntityType.PERSON, Map.of("id", "person:a", "name", "Андрей Нефедов"));
		assertThat(RULES.entity(changing, EntityType.PERSON, "person:nefedov-andrey", SOURCES, TODAY).list())
			.containsExactly(
					error("name", Code.DUPLICATE, "The person 'person:nefedov-andrey' has this name already."));
	}

	@Test
	void evidenceNamesExistingSourcesOnceWithTheirWords() {
		Map<String, Object> fields = named(EntityType.TOPIC);
		fields.put("sources", List.of());
		assertThat(creating(entity(EntityType.TOPIC, fields))).containsExactly(error("sources", Code.REQUIRED,
				"sources must name at least one source with the words of it that state the fact."));
		fields.put("sources", List.of(new EvidenceInput("source:999", "слова"), new EvidenceInput("source:001", " "),
				new EvidenceInput("source:001", "ещё раз")));
		assertThat(creating(entity(EntityType.TOPIC, fields))).containsExactly(
				error("sources[0].source", Code.NOT_FOUND,
						"No source with id 'source:999' (add it with addSource first)."),
				error("sources[1].evidence", Code.REQUIRED, "sources[1].evidence must not be blank."),
				error("sources[2].source", Code.INVALID, "Source 'source:001' is named twice; give its words once."));
	}

	@Test
	void reportsEveryProblemAtOnceInTheOrderOfTheInput() {
		Map<String, Object> fields = new HashMap<>();
		fields.putAll(Map.of("name", "Новый центр", "kind", "SPACESHIP", "titles", List.of("профессор", " "),
				"titlesEn", List.of("professor"), "status", "ACTIVE", "region", " ", "iso2", "GE", "frequency",
				"ежегодно", "dateText", "весной", "date", LocalDate.of(2024, 1, 1)));
		fields.putAll(Map.of("count", 3, "sources", List.of(new EvidenceInput("source:999", "слова"))));
		var problems = RULES.entity(entity(EntityType.INSTITUTION, fields), null, "institution:x", SOURCES, TODAY);
		assertThat(problems.list()).extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("nameEn", Code.REQUIRED), tuple("titles[1]", Code.INVALID),
					tuple("titles", Code.NOT_APPLICABLE), tuple("titlesEn", Code.NOT_APPLICABLE),
					tuple("titlesEn", Code.INVALID), tuple("kind", Code.INVALID), tuple("status", Code.NOT_APPLICABLE),
					tuple("region", Code.INVALID), tuple("iso2", Code.NOT_APPLICABLE),
					tuple("frequency", Code.NOT_APPLICABLE), tuple("dateText", Code.NOT_APPLICABLE),
					tuple("date", Code.NOT_APPLICABLE), tuple("count", Code.NOT_APPLICABLE),
					tuple("sources[0].source", Code.NOT_FOUND), tuple("name", Code.DUPLICATE));
	}

}
