package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/** A program, project, quota, exchange or series of educational events. */
public record Program(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, String kind, String status, @Nullable String frequency,
		@Nullable String description, @Nullable String descriptionEn) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.PROGRAM;
	}

}
