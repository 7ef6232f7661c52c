package org.oncograph.entity;

import java.util.List;
import java.util.Map;

/** A city. */
public record City(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds) implements Entity {
}
