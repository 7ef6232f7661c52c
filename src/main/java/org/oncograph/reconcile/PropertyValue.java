package org.oncograph.reconcile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A property value as data extension writes it: another entity ({@code {id, name}}), a
 * string ({@code {str}}), an integer ({@code {int}}) or a date ({@code {date}}, ISO date
 * and time at midnight UTC, as the specification's schema requires).
 */
sealed interface PropertyValue {

	/** The JSON object of the value in a data extension response. */
	Map<String, Object> json();

	/** Another entity; {@code names} (all of them) are for matching, not written. */
	record EntityRef(String id, String name, List<String> names) implements PropertyValue {

		@Override
		public Map<String, Object> json() {
			return new LinkedHashMap<>(Kinds.ordered("id", this.id, "name", this.name));
		}

	}

	record Text(String str) implements PropertyValue {

		@Override
		public Map<String, Object> json() {
			return Map.of("str", this.str);
		}

	}

	record Count(long value) implements PropertyValue {

		@Override
		public Map<String, Object> json() {
			return Map.of("int", this.value);
		}

	}

	record Day(LocalDate date) implements PropertyValue {

		@Override
		public Map<String, Object> json() {
			return Map.of("date", this.date + "T00:00:00Z");
		}

	}

}
