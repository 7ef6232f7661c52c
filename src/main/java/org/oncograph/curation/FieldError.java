package org.oncograph.curation;

/** One thing wrong with a mutation's input: the schema's {@code FieldError}. */
record FieldError(String field, String message, Code code) {

	/** The schema's {@code FieldErrorCode}. */
	enum Code {

		REQUIRED, INVALID, NOT_APPLICABLE, NOT_FOUND, DUPLICATE, SELF_LOOP, NOT_ALLOWED

	}

}
