package org.oncograph.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Source;

/**
 * The mutations' payloads: the result, or what is wrong (and for a duplicate, what it
 * duplicates).
 */
final class Payloads {

	private Payloads() {
	}

	/** {@code AddSourcePayload}. */
	record SourcePayload(@Nullable Source source, @Nullable Source existing, List<FieldError> errors) {

		static SourcePayload failed(Problems problems, @Nullable Source existing) {
			return new SourcePayload(null, existing, problems.list());
		}

	}

	/** {@code UpsertEntityPayload}. */
	record EntityPayload(@Nullable Entity entity, boolean created, @Nullable Entity existing, List<FieldError> errors) {

		static EntityPayload failed(Problems problems, @Nullable Entity existing) {
			return new EntityPayload(null, false, existing, problems.list());
		}

	}

	/** {@code AddRelationshipPayload}. */
	record RelationshipPayload(@Nullable Relationship relationship, boolean created, List<FieldError> errors) {

		static RelationshipPayload failed(Problems problems) {
			return new RelationshipPayload(null, false, problems.list());
		}

	}

	/** {@code RetractFactPayload}. */
	record RetractionPayload(@Nullable Retraction retraction, List<Retraction> relationships, List<FieldError> errors) {

		static RetractionPayload failed(Problems problems) {
			return new RetractionPayload(null, List.of(), problems.list());
		}

	}

}
