package org.oncograph.curation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.SOURCES;
import static org.oncograph.curation.RuleFixtures.TODAY;
import static org.oncograph.curation.RuleFixtures.entity;
import static org.oncograph.curation.RuleFixtures.error;
import static org.oncograph.curation.RuleFixtures.relationship;

/**
 * The years a written date may have ({@value CurationRules#FIRST_YEAR} to
 * {@value CurationRules#LAST_YEAR}), for events, sources and {@code since}, at both ends.
 */
@Tag("rules")
class DateRulesTests {

	static final LocalDate TOO_EARLY = LocalDate.of(1799, 12, 31);

	static final LocalDate TOO_LATE = LocalDate.of(2101, 1, 1);

	static java.util.List<FieldError> event(LocalDate date, String status) {
		return RULES
			.entity(entity(EntityType.EVENT,
					Map.of("name", "Конгресс", "nameEn", "Congress", "date", date, "status", status)), null, null,
					SOURCES, TODAY)
			.list();
	}

	@Test
	void anEventIsDatedWithinTheYearsAllowedAndMayBePlannedAhead() {
		assertThat(event(LocalDate.of(1800, 1, 1), "HELD")).isEmpty();
		assertThat(event(LocalDate.of(2100, 12, 31), "PLANNED")).isEmpty();
		assertThat(event(TOO_EARLY, "HELD")).containsExactly(
				error("date", Code.INVALID, "date must be a day of the years 1800 to 2100, was 1799-12-31."));
		// One problem, not also "cannot have been HELD yet".
		assertThat(event(TOO_LATE, "HELD")).containsExactly(
				error("date", Code.INVALID, "date must be a day of the years 1800 to 2100, was 2101-01-01."));
	}

	@Test
	void aSourceIsPublishedWithinTheYearsAllowed() {
		for (LocalDate date : new LocalDate[] { TOO_EARLY, LocalDate.of(1, 1, 1) }) {
			var source = new SourceInput(null, "Статья", null, null, null, date, null, null, null);
			assertThat(RULES.source(source, java.util.List.of(), TODAY).problems().list())
				.containsExactly(error("publishedOn", Code.INVALID,
						"publishedOn must be a day of the years 1800 to 2100, was " + date + "."));
		}
		var fine = new SourceInput(null, "Статья", null, null, null, LocalDate.of(1800, 1, 1), null, null, null);
		assertThat(RULES.source(fine, java.util.List.of(), TODAY).problems().any()).isFalse();
	}

	@Test
	void sinceIsWithinTheYearsAllowed() {
		var early = relationship(RelationKind.COOPERATES_WITH, "a", "b", Map.of("since", TOO_EARLY));
		assertThat(RULES.relationship(early, EntityType.INSTITUTION, EntityType.INSTITUTION, SOURCES, TODAY).list())
			.containsExactly(
					error("since", Code.INVALID, "since must be a day of the years 1800 to 2100, was 1799-12-31."));
		var late = relationship(RelationKind.COOPERATES_WITH, "a", "b", Map.of("since", TOO_LATE));
		assertThat(RULES.relationship(late, EntityType.INSTITUTION, EntityType.INSTITUTION, SOURCES, TODAY).list())
			.extracting(FieldError::message)
			.containsExactly("since must be a day of the years 1800 to 2100, was 2101-01-01.");
	}

}
