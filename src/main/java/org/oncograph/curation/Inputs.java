package org.oncograph.curation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

/** The mutations' inputs, one record per schema {@code input}. */
final class Inputs {

	private Inputs() {
	}

	/** {@code AddSourceInput}. */
	record SourceInput(@Nullable String id, String title, @Nullable String titleEn,
			@Nullable Boolean titleIsDescriptive, @Nullable String publisher, @Nullable LocalDate publishedOn,
			@Nullable String publishedOnNote, @Nullable Locale language, @Nullable String file) {
	}

	/**
	 * {@code UpsertEntityInput}: the common fields, then those of single kinds, then the
	 * evidence.
	 */
	record EntityInput(@Nullable String id, EntityType type, @Nullable String name, @Nullable String nameEn,
			@Nullable List<String> aliases, @Nullable List<String> aliasesEn, @Nullable List<String> titles,
			@Nullable List<String> titlesEn, @Nullable String kind, @Nullable String region, @Nullable String iso2,
			@Nullable String status, @Nullable String frequency, @Nullable String description,
			@Nullable String descriptionEn, @Nullable LocalDate date, @Nullable String datePrecision,
			@Nullable String dateText, @Nullable String outcome, @Nullable String outcomeEn, @Nullable Integer count,
			@Nullable List<EvidenceInput> sources) {
	}

	/** {@code AddRelationshipInput}. */
	record RelationshipInput(RelationKind type, String from, String to, @Nullable String role, @Nullable String roleEn,
			@Nullable String status, @Nullable String subject, @Nullable String subjectEn, @Nullable LocalDate since,
			@Nullable Boolean past, @Nullable List<EvidenceInput> sources) {

		/**
		 * The properties the input sets, by the names of
		 * {@link RelationKind#properties()}, in the order of the schema's input (and of
		 * the problems reported about them); absent ones are null.
		 */
		Map<String, @Nullable Object> properties() {
			Map<String, @Nullable Object> properties = new LinkedHashMap<>();
			properties.put("role", this.role);
			properties.put("roleEn", this.roleEn);
			properties.put("status", this.status);
			properties.put("subject", this.subject);
			properties.put("subjectEn", this.subjectEn);
			properties.put("since", this.since);
			properties.put("past", this.past);
			return properties;
		}

	}

	/** {@code RelationshipRefInput}. */
	record RelationshipRef(RelationKind type, String from, String to) {
	}

	/** {@code RetractFactInput}. */
	record RetractionInput(@Nullable String entity, @Nullable RelationshipRef relationship, String reason) {
	}

}
