package org.oncograph.curation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.model.EntityType;

import static org.assertj.core.api.Assertions.assertThat;

/** Name keys, transliteration and ids of new entities. */
@Tag("rules")
class NamesTests {

	@Test
	void foldsCaseYoAndWhiteSpace() {
		assertThat(Names.key("  Андрей\u00a0  НЁФЕДОВ ")).isEqualTo(Names.key("андрей нефедов"));
		assertThat(Names.key("Каприн")).isNotEqualTo(Names.key("Капрон"));
	}

	@Test
	void transliteratesRussianNamesLikeTheScripts() {
		assertThat(Names.transliterate("Гульмира Сагидуллина")).isEqualTo("Gulʹmira Sagidullina");
		assertThat(Names.transliterate("Андрей Каприн")).isEqualTo("Andrey Kaprin");
	}

	@Test
	void makesIdsOfNames() {
		assertThat(Names.id(EntityType.PERSON, "Гульмира Сагидуллина", "", null))
			.isEqualTo("person:sagidullina-gulmira");
		assertThat(
				Names.id(EntityType.INSTITUTION, "Американский госпиталь Тбилиси", "American Hospital Tbilisi", null))
			.isEqualTo("institution:american-hospital-tbilisi");
		assertThat(Names.id(EntityType.EVENT, "Конгресс", "Oncology Congress “Minsk–2025”", LocalDate.of(2025, 6, 1)))
			.isEqualTo("event:2025-oncology-congress-minsk-2025");
		assertThat(Names.id(EntityType.TOPIC, "тема", "'; MATCH (n) DETACH DELETE n //", null))
			.isEqualTo("topic:match-n-detach-delete-n");
		assertThat(Names.slug("a ".repeat(100))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	@Test
	void aNewPersonsEnglishNameIsTheTransliterationOfTheNameUnlessGiven() {
		var person = RuleFixtures.entity(EntityType.PERSON, Map.of("name", " Андрей  Каприн "));
		assertThat(StoredProperties.entity(person, true)).containsEntry("nameEn", "Andrey Kaprin");
		var institution = RuleFixtures.entity(EntityType.INSTITUTION, Map.of("name", "Центр", "nameEn", "Centre"));
		assertThat(StoredProperties.entity(institution, true)).containsEntry("nameEn", "Centre");
	}

}
