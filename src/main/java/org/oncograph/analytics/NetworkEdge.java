package org.oncograph.analytics;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored relationship of the projection, in its stored direction, with its properties
 * and provenance.
 */
public record NetworkEdge(String start, String end, String type, Map<String, Object> properties) {

	public @Nullable String string(String key) {
		Object value = this.properties.get(key);
		return (value != null) ? value.toString() : null;
	}

	/** The ids of the sources stating the relationship. */
	public List<String> sources() {
		return strings("sources");
	}

	/** The words of each source stating it, in the order of {@link #sources()}. */
	public List<String> evidence() {
		return strings("evidence");
	}

	private List<String> strings(String key) {
		return (this.properties.get(key) instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: List.of();
	}

}
