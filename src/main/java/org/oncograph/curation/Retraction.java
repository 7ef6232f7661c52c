package org.oncograph.curation;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A retracted fact as the history keeps it: the schema's {@code Retraction}. */
record Retraction(String id, Kind kind, String type, String fromId, @Nullable String toId,
		Map<String, Object> properties, String reason, OffsetDateTime retractedAt, String retractedBy,
		@Nullable String partOf) {

	/** The schema's {@code RetractionKind}. */
	enum Kind {

		ENTITY, RELATIONSHIP

	}

}
