package org.oncograph.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/**
 * Something that happened or is planned, with a date as precise as the documents allow.
 */
public record Event(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, String kind, @Nullable LocalDate date, @Nullable String datePrecision,
		boolean dateRelative, @Nullable String dateText, String status, @Nullable String outcome,
		@Nullable String outcomeEn, @Nullable Integer count) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.EVENT;
	}

}
