package org.oncograph.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.SOURCES;
import static org.oncograph.curation.RuleFixtures.TODAY;
import static org.oncograph.curation.RuleFixtures.entity;
import static org.oncograph.curation.RuleFixtures.error;
import static org.oncograph.curation.RuleFixtures.relationship;

/**
 * Every text of every mutation is clean ({@link InputTexts}): a refused character is
 * named with its field path and position, whichever field holds it, and texts are stored
 * in NFC.
 */
@Tag("rules")
class TextHygieneRulesTests {

	@Test
	void aControlCharacterInANameIsNamedWithItsFieldAndPosition() {
		var input = entity(EntityType.TOPIC, Map.of("name", "Рак\u0000 лёгкого", "nameEn", "Lung cancer"));
		assertThat(RULES.entity(input, null, null, SOURCES, TODAY).list()).containsExactly(error("name", Code.INVALID,
				"name has U+0000 <control-0000> (a control character) at position 4; remove it."));
	}

	@Test
	void everyFieldOfEveryMutationIsChecked() {
		String rlo = "\u202E";
		var entity = entity(EntityType.PERSON,
				Map.of("name", "Андрей Каприн", "aliases", List.of("А. Каприн", "Каприн" + rlo), "titlesEn",
						List.of("academician\u200B"), "nameEn", "Andrey\u2028Kaprin", "sources",
						List.of(new EvidenceInput("source:001", "слова\u0007"))));
		assertThat(RULES.entity(entity, null, null, SOURCES, TODAY).list())
			.extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("nameEn", Code.INVALID), tuple("aliases[1]", Code.INVALID),
					tuple("titlesEn[0]", Code.INVALID), tuple("sources[0].evidence", Code.INVALID));
		var source = new SourceInput(null, "Статья", null, null, "Изд\uFEFFательство", null, null, null, null);
		assertThat(RULES.source(source, List.of(), TODAY).problems().list()).containsExactly(error("publisher",
				Code.INVALID,
				"publisher has U+FEFF ZERO WIDTH NO-BREAK SPACE (an invisible character) at position 4; remove it."));
		var link = relationship(RelationKind.AFFILIATED_WITH, "person:a\u0000", "institution:b",
				Map.of("role", "главный\u00ADврач"));
		assertThat(RULES.relationship(link, EntityType.PERSON, EntityType.INSTITUTION, SOURCES, TODAY).list())
			.extracting(FieldError::field)
			.containsExactly("from", "role");
		var retraction = new RetractionInput(null,
				new RelationshipRef(RelationKind.AFFILIATED_WITH, "person:a", "institution:\u2066b"), "ошибка\uFDD0");
		assertThat(RULES.retraction(retraction, true).list()).extracting(FieldError::field)
			.containsExactly("relationship.to", "reason");
	}

	@Test
	void aNameWithoutALetterOrDigitIsRefused() {
		var input = entity(EntityType.INSTITUTION,
				Map.of("name", "«—»", "nameEn", "...", "aliases", List.of("ok 1", "★")));
		assertThat(RULES.entity(input, null, null, SOURCES, TODAY).list()).containsExactly(
				error("name", Code.INVALID, "name must have at least one letter or digit, was '«—»'."),
				error("nameEn", Code.INVALID, "nameEn must have at least one letter or digit, was '...'."),
				error("aliases[1]", Code.INVALID, "aliases[1] must have at least one letter or digit, was '★'."));
		var source = new SourceInput(null, "***", null, null, null, null, null, null, null);
		assertThat(RULES.source(source, List.of(), TODAY).problems().list()).extracting(FieldError::field)
			.containsExactly("title");
	}

	@Test
	void aNameMadeOnlyOfInvisibleCharactersIsRefused() {
		var input = entity(EntityType.TOPIC, Map.of("name", "\u200B\u200C\u200D", "nameEn", "Topic"));
		assertThat(RULES.entity(input, null, null, SOURCES, TODAY).list()).extracting(FieldError::field)
			.containsExactly("name");
	}

	@Test
	void everyTextIsNormalizedToNfcBeforeTheChecksAndTheWrite() {
		EntityInput input = entity(EntityType.PERSON, Map.of("name", "Андреи\u0306 Каприн", "aliases",
				List.of("Cafe\u0301"), "sources", List.of(new EvidenceInput("source:001", "Е\u0308ж"))));
		EntityInput normalized = InputTexts.normalized(input);
		assertThat(normalized.name()).isEqualTo("Андрей Каприн");
		assertThat(normalized.aliases()).containsExactly("Café");
		assertThat(normalized.sources()).containsExactly(new EvidenceInput("source:001", "Ёж"));
		assertThat(normalized.type()).isEqualTo(EntityType.PERSON);
		var clean = new SourceInput(null, "Статья", null, null, null, LocalDate.of(2025, 1, 1), null, null, null);
		assertThat(InputTexts.normalized(clean)).isSameAs(clean);
	}

}
