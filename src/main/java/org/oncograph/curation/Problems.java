package org.oncograph.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Collects what is wrong with an input, so a payload reports every problem at once rather
 * than the first.
 */
final class Problems {

	/** The longest text a field may hold: a name, a role or a quote is far shorter. */
	static final int MAX_TEXT = 2000;

	private final List<FieldError> errors = new ArrayList<>();

	boolean any() {
		return !this.errors.isEmpty();
	}

	List<FieldError> list() {
		return List.copyOf(this.errors);
	}

	void add(String field, FieldError.Code code, String message) {
		this.errors.add(new FieldError(field, message, code));
	}

	/** A required text: present, not blank, not too long. */
	boolean requireText(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			add(field, FieldError.Code.REQUIRED, field + " must not be blank.");
			return false;
		}
		return optionalText(field, value);
	}

	/** An optional text: absent, or not blank and not too long. */
	boolean optionalText(String field, @Nullable String value) {
		if (value == null) {
			return true;
		}
		if (value.isBlank()) {
			add(field, FieldError.Code.INVALID, field + " must not be blank when given (leave it out instead).");
			return false;
		}
		if (value.length() > MAX_TEXT) {
			add(field, FieldError.Code.INVALID,
					field + " must have at most " + MAX_TEXT + " characters, has " + value.length() + ".");
			return false;
		}
		return true;
	}

	/** An optional list of texts: each one not blank and not too long. */
	void optionalTexts(String field, @Nullable List<String> values) {
		if (values != null) {
			for (int i = 0; i < values.size(); i++) {
				optionalText(field + "[" + i + "]", values.get(i));
			}
		}
	}

	/** A value that only some kinds of entity or relationship have. */
	void notApplicable(String field, @Nullable Object value, boolean applies, String what) {
		if (value != null && !applies) {
			add(field, FieldError.Code.NOT_APPLICABLE, field + " does not apply to " + what + ".");
		}
	}

	/** A text that must be one of the values of an enum of the schema, when given. */
	void requireOneOf(String field, @Nullable String value, String schemaEnum, Collection<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			add(field, FieldError.Code.INVALID, field + " must be one of " + schemaEnum + " ("
					+ String.join(", ", allowed) + "), was '" + value + "'.");
		}
	}

	/**
	 * The evidence of a write: at least one source, each an existing source id with
	 * non-blank words, no source twice. {@code existing} holds those of the named source
	 * ids that exist.
	 */
	void requireEvidence(@Nullable List<EvidenceInput> sources, Set<String> existing) {
		if (sources == null || sources.isEmpty()) {
			add("sources", FieldError.Code.REQUIRED,
					"sources must name at least one source with the words of it that state the fact.");
			return;
		}
		var seen = new HashSet<String>();
		for (int i = 0; i < sources.size(); i++) {
			EvidenceInput evidence = sources.get(i);
			String field = "sources[" + i + "]";
			if (!existing.contains(evidence.source())) {
				add(field + ".source", FieldError.Code.NOT_FOUND,
						"No source with id '" + evidence.source() + "' (add it with addSource first).");
			}
			else if (!seen.add(evidence.source())) {
				add(field + ".source", FieldError.Code.INVALID,
						"Source '" + evidence.source() + "' is named twice; give its words once.");
			}
			requireText(field + ".evidence", evidence.evidence());
		}
	}

}
