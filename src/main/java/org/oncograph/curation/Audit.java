package org.oncograph.curation;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Who wrote a node or relationship through the API, and when: the schema's {@code Audit}.
 */
record Audit(@Nullable OffsetDateTime createdAt, @Nullable String createdBy, @Nullable OffsetDateTime updatedAt,
		@Nullable String updatedBy) {

	/**
	 * The audit properties of a node or relationship, or null when it has none (it came
	 * from a Cypher script).
	 */
	static @Nullable Audit of(MapAccessor properties) {
		Value createdAt = properties.get("createdAt");
		Value updatedAt = properties.get("updatedAt");
		if (createdAt.isNull() && updatedAt.isNull()) {
			return null;
		}
		return new Audit(createdAt.isNull() ? null : createdAt.asOffsetDateTime(), string(properties, "createdBy"),
				updatedAt.isNull() ? null : updatedAt.asOffsetDateTime(), string(properties, "updatedBy"));
	}

	private static @Nullable String string(MapAccessor properties, String key) {
		Value value = properties.get(key);
		return value.isNull() ? null : value.asString();
	}

}
