package org.oncograph.reconcile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;

/**
 * The service's types are the graph's kinds of entity: the id and name of each is its
 * label ({@code Person}, {@code Institution}…), with a Russian description.
 */
final class Kinds {

	private Kinds() {
	}

	/** The type object {@code {id, name}} of a kind. */
	static Map<String, String> type(EntityType type) {
		return ordered("id", type.label(), "name", type.label());
	}

	/** The type object with a description, for the type suggest. */
	static Map<String, String> described(EntityType type) {
		Map<String, String> described = ordered("id", type.label(), "name", type.label());
		described.put("description", russian(type));
		return described;
	}

	/** The Russian word for a kind. */
	static String russian(EntityType type) {
		return switch (type) {
			case PERSON -> "персона";
			case INSTITUTION -> "учреждение";
			case CITY -> "город";
			case COUNTRY -> "страна";
			case ASSOCIATION -> "ассоциация";
			case PROGRAM -> "программа";
			case TOPIC -> "тема";
			case EVENT -> "событие";
		};
	}

	/** The kind with this id (its label, in any case), or a BAD_REQUEST listing them. */
	static EntityType of(String id, String argument) {
		for (EntityType type : EntityType.values()) {
			if (type.label().equalsIgnoreCase(id.strip())) {
				return type;
			}
		}
		throw new OncoGraphException.BadRequest(argument, "'" + id + "' is not a type of this service; the types are "
				+ String.join(", ", Arrays.stream(EntityType.values()).map(EntityType::label).toList()) + ".");
	}

	/** Whether a kind's label or its Russian word starts with the prefix (any case). */
	static boolean startsWith(EntityType type, String prefix) {
		String p = prefix.strip().toLowerCase(Locale.ROOT);
		return type.label().toLowerCase(Locale.ROOT).startsWith(p) || russian(type).startsWith(p);
	}

	/** A map of two entries in this order, so that answers read the same every time. */
	static Map<String, String> ordered(String key, String value, String otherKey, String otherValue) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put(key, value);
		map.put(otherKey, otherValue);
		return map;
	}

}
