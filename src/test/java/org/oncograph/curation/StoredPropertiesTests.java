package org.oncograph.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.oncograph.curation.RuleFixtures.entity;
import static org.oncograph.curation.RuleFixtures.relationship;

/**
 * What a checked input is stored as: the defaults of the model, stripped texts, only what
 * is given.
 */
@Tag("rules")
class StoredPropertiesTests {

	/**
	 * What a new entity of the kind needs, with an English name also for a person (whose
	 * default, the transliteration, {@link NamesTests} checks: it alone needs ICU).
	 */
	static Map<String, Object> named(EntityType type) {
		Map<String, Object> fields = UpsertEntityRulesTests.named(type);
		fields.put("nameEn", "New name");
		return fields;
	}

	@Test
	void aNewEntityGetsTheKindTheModelDefaultsToAndNoStatus() {
		for (EntityType type : EntityType.values()) {
			var stored = StoredProperties.entity(entity(type, named(type)), true);
			String kind = type.defaultOf("kind");
			if (kind != null) {
				assertThat(stored).as(type.name()).containsEntry("kind", kind);
			}
			else {
				assertThat(stored).as(type.name()).doesNotContainKey("kind");
			}
			assertThat(stored).as(type.name()).doesNotContainKey("status");
		}
		assertThat(StoredProperties
			.entity(entity(EntityType.EVENT, Map.of("name", "Съезд", "nameEn", "Congress", "kind", "CONGRESS")), true))
			.containsEntry("kind", "CONGRESS");
		assertThat(StoredProperties.entity(entity(EntityType.EVENT, Map.of("id", "event:x")), false))
			.doesNotContainKey("kind");
	}

	@Test
	void aNewEntityGetsEmptyListsForTheListsItsKindHas() {
		for (EntityType type : EntityType.values()) {
			var stored = StoredProperties.entity(entity(type, named(type)), true);
			for (String list : List.of("aliases", "aliasesEn", "titles", "titlesEn")) {
				if (type.has(list)) {
					assertThat(stored).as("%s of %s", list, type).containsEntry(list, List.of());
				}
				else {
					assertThat(stored).as("%s of %s", list, type).doesNotContainKey(list);
				}
			}
		}
		var change = StoredProperties.entity(
				entity(EntityType.PERSON, Map.of("id", "person:a", "aliases", List.of(" Ваня ", "Ваня", "Иван"))),
				false);
		assertThat(change).containsOnly(entry("aliases", List.of("Ваня", "Иван")));
	}

	@Test
	void aDateIsStoredWithItsPrecisionDefaultedAsTheModelSaysAndWhetherItIsRelative() {
		var day = StoredProperties.entity(entity(EntityType.EVENT,
				Map.of("name", "Съезд", "nameEn", "Congress", "date", LocalDate.of(2024, 5, 1))), true);
		assertThat(day)
			.contains(entry("date", LocalDate.of(2024, 5, 1)),
					entry("datePrecision", EntityType.EVENT.defaultOf("datePrecision")), entry("dateRelative", false))
			.doesNotContainKey("dateText");
		assertThat(EntityType.EVENT.defaultOf("datePrecision")).isEqualTo("DAY");
		var relative = StoredProperties.entity(entity(EntityType.EVENT, Map.of("name", "Съезд", "nameEn", "Congress",
				"date", LocalDate.of(2024, 5, 1), "datePrecision", "MONTH", "dateText", "в мае")), true);
		assertThat(relative).contains(entry("datePrecision", "MONTH"), entry("dateRelative", true),
				entry("dateText", "в мае"));
	}

	@Test
	void namesAreStripped() {
		assertThat(StoredProperties
			.entity(entity(EntityType.PERSON, Map.of("name", " Андрей Каприн ", "nameEn", "Andrei Kaprin ")), true))
			.contains(entry("name", "Андрей Каприн"), entry("nameEn", "Andrei Kaprin"));
		assertThat(StoredProperties.entity(entity(EntityType.TOPIC, Map.of("name", "тема ", "nameEn", " Topic")), true))
			.contains(entry("name", "тема"), entry("nameEn", "Topic"));
	}

	@Test
	void aRelationshipKeepsTheGivenPropertiesOnly() {
		var input = relationship(RelationKind.COOPERATES_WITH, "a", "b",
				Map.of("status", "ACTIVE", "since", LocalDate.of(2024, 9, 1)));
		assertThat(StoredProperties.relationship(input)).containsOnly(entry("status", "ACTIVE"),
				entry("since", LocalDate.of(2024, 9, 1)));
	}

	@Test
	void aSourceIsARussianDocumentUnlessSaidOtherwise() {
		var source = StoredProperties
			.source(new SourceInput(null, " Статья ", null, null, null, null, null, null, null));
		assertThat(source).contains(entry("title", "Статья"), entry("language", "ru"), entry("kind", "DOCUMENT"),
				entry("titleIsDescriptive", false));
		assertThat(StoredProperties
			.source(new SourceInput(null, "Article", null, true, null, null, null, Locale.ENGLISH, null)))
			.contains(entry("language", "en"), entry("titleIsDescriptive", true));
	}

	@Test
	void evidenceKeepsEachSourcesWordsStripped() {
		assertThat(StoredProperties.evidence(List.of(new EvidenceInput("source:001", "  слова "))))
			.containsExactly(Map.of("source", "source:001", "evidence", "слова"));
	}

}
