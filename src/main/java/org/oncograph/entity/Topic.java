package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/** A subject of events and programs. */
public record Topic(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.TOPIC;
	}

}
