package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/**
 * A hospital, cancer centre, institute, university, ministry, department or laboratory.
 */
public record Institution(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, String kind, @Nullable String region) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.INSTITUTION;
	}

}
