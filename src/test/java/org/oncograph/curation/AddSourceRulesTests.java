package org.oncograph.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.entity.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.TODAY;
import static org.oncograph.curation.RuleFixtures.error;

/** The rules of {@code addSource}: no database, no Spring. */
@Tag("rules")
class AddSourceRulesTests {

	static final Source REPORT = new Source("source:004", "Визит делегации Ё-банка в Тбилиси", null, false, null,
			LocalDate.of(2025, 2, 1), null, Locale.forLanguageTag("ru"), "DOCUMENT", null);

	static final List<Source> SOURCES = List.of(new Source("source:001", "Справочные данные", null, true, null, null,
			null, Locale.forLanguageTag("ru"), "REFERENCE", null), REPORT);

	static SourceInput source(@Nullable String id, String title, @Nullable LocalDate publishedOn) {
		return new SourceInput(id, title, null, null, null, publishedOn, null, null, null);
	}

	static CurationRules.SourceCheck check(SourceInput input) {
		return RULES.source(input, SOURCES, TODAY);
	}

	@Test
	void aNewTitledSourceIsFine() {
		var check = check(source(null, "Новая статья", TODAY));
		assertThat(check.problems().list()).isEmpty();
		assertThat(check.existing()).isNull();
	}

	@Test
	void theTitleIsRequiredAndTextsAreNotBlankOrOverlong() {
		assertThat(check(source(null, " ", null)).problems().list())
			.containsExactly(error("title", Code.REQUIRED, "title must not be blank."));
		var texts = new SourceInput(null, "Статья", " ", null, "x".repeat(Problems.MAX_TEXT + 1), null, "", null, " ");
		assertThat(check(texts).problems().list()).containsExactly(
				error("titleEn", Code.INVALID, "titleEn must not be blank when given (leave it out instead)."),
				error("publisher", Code.INVALID, "publisher must have at most 2000 characters, has 2001."),
				error("publishedOnNote", Code.INVALID,
						"publishedOnNote must not be blank when given (leave it out instead)."),
				error("file", Code.INVALID, "file must not be blank when given (leave it out instead)."));
	}

	@Test
	void theDateOfPublicationIsNotInTheFuture() {
		assertThat(check(source(null, "Статья", TODAY.plusDays(1))).problems().list()).containsExactly(
				error("publishedOn", Code.INVALID, "publishedOn must not be in the future, was 2025-06-16."));
	}

	@Test
	void aGivenIdHasTheFormOfSourceIds() {
		for (String id : List.of("source:new-report-2", "source:9")) {
			assertThat(check(source(id, "Статья", null)).problems().list()).as(id).isEmpty();
		}
		for (String id : List.of("source:", "source:-x", "Source:x", "source:A", "source:a_b", "doc:x",
				"source:" + "a".repeat(62))) {
			assertThat(check(source(id, "Статья", null)).problems().list()).as(id)
				.containsExactly(error("id", Code.INVALID,
						"id must look like 'source:<lower-case letters, digits, hyphens>', was '" + id + "'."));
		}
	}

	@Test
	void aTakenIdIsADuplicateOfItsSource() {
		var check = check(source("source:004", "Другая статья", null));
		assertThat(check.problems().list())
			.containsExactly(error("id", Code.DUPLICATE, "A source with id 'source:004' exists already."));
		assertThat(check.existing()).isEqualTo(REPORT);
	}

	@Test
	void theSameTitleFoldedIsADuplicateOfItsSource() {
		var check = check(source(null, "  визит ДЕЛЕГАЦИИ   е-банка в тбилиси ", null));
		assertThat(check.problems().list()).containsExactly(error("title", Code.DUPLICATE,
				"Source 'source:004' has the same title; cite it instead of adding it again."));
		assertThat(check.existing()).isEqualTo(REPORT);
	}

	@Test
	void aTakenIdIsReportedBeforeAndInsteadOfTheSameTitle() {
		var check = check(source("source:001", REPORT.title(), null));
		assertThat(check.problems().list()).extracting(FieldError::field, FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("id", Code.DUPLICATE));
		assertThat(check.existing()).isEqualTo(SOURCES.getFirst());
	}

}
