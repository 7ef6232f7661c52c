package org.oncograph.entity;

import java.util.List;
import java.util.Map;

/** A subject of events and programs. */
public record Topic(String id, String name, String nameEn, List<String> aliases, List<String> aliasesEn,
		Map<String, Object> externalIds) implements Entity {
}
