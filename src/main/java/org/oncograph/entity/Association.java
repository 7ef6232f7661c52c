package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/** An association of professionals or institutions, or an interstate union. */
public record Association(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, String kind) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.ASSOCIATION;
	}

}
