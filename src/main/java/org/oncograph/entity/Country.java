package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/** A country, with its ISO 3166-1 alpha-2 code. */
public record Country(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, String iso2) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.COUNTRY;
	}

}
