package org.oncograph.entity;

import java.util.List;
import java.util.Map;

import org.oncograph.model.EntityType;

/** A person named in the documents. */
public record Person(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds, List<String> titles, List<String> titlesEn) implements Entity {

	@Override
	public EntityType type() {
		return EntityType.PERSON;
	}

}
