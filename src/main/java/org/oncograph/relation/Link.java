package org.oncograph.relation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/** One relationship as read: its start and end entities, its properties and its provenance. */
public record Link(Entity start, Entity end, Map<String, Object> properties, List<Provenance> sources) {

	@Nullable String string(String key) {
		Object value = this.properties.get(key);
		return (value != null) ? value.toString() : null;
	}

	@Nullable LocalDate date(String key) {
		return (this.properties.get(key) instanceof LocalDate date) ? date : null;
	}

}
