package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/** A city. */
public record City(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.CITY;
	}

}
