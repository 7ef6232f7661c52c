package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;

import tools.jackson.databind.JsonNode;

/**
 * One reconciliation query of a batch, checked: a name to look for, the kinds asked for,
 * how strictly ({@code type_strict}), how many candidates, and property constraints.
 * Every check names the query's key and what is allowed.
 *
 * @param key the query's key in the batch
 * @param query the name, at most {@code max-query-length} characters
 * @param types the kinds asked for (none: any kind)
 * @param strict {@code any} (default) and {@code all}: only entities of the kinds;
 * {@code should}: every kind, the others scored lower
 * @param limit how many candidates to answer, 1 to {@code max-limit}
 * @param constraints properties the candidates should have
 */
record ReconQuery(String key, String query, List<EntityType> types, Strictness strict, int limit,
		List<Constraint> constraints) {

	/** Candidates answered when a query gives no {@code limit}. */
	static final int DEFAULT_LIMIT = 10;

	/** Most property constraints of one query, and most values of one. */
	static final int MAX_CONSTRAINTS = 10;

	private static final Set<String> FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");

	/** The {@code type_strict} values. */
	enum Strictness {

		ANY, ALL, SHOULD

	}

	/** A property constraint: its values (any of them may match). */
	record Constraint(ReconProperty property, List<Given> values) {
	}

	/** A value given for a property: a text, or an entity by id (and name). */
	record Given(@Nullable String id, String text) {
	}

	/** The query under {@code key}, or a BAD_REQUEST naming it and what is wrong. */
	static ReconQuery of(String key, JsonNode node, ReconcileProperties limits) {
		if (!node.isObject()) {
			throw bad(key, "is not an object such as {\"query\": \"Андрей Каприн\", \"type\": \"Person\"}");
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (!FIELDS.contains(field.getKey())) {
				throw bad(key, "has an unknown field '" + field.getKey() + "' (the fields are query, type, limit,"
						+ " type_strict and properties)");
			}
		}
		JsonNode text = node.get("query");
		if (text == null || !text.isString() || text.stringValue().isBlank()) {
			throw bad(key, "has no 'query': this service reconciles by name (properties only refine the score)");
		}
		String query = text.stringValue().strip();
		if (query.codePointCount(0, query.length()) > limits.maxQueryLength()) {
			throw bad(key, "has a 'query' longer than " + limits.maxQueryLength()
					+ " characters (oncograph.reconcile.max-query-length)");
		}
		return new ReconQuery(key, query, types(key, node.get("type")), strictness(key, node.get("type_strict")),
				limit(key, node.get("limit"), limits.maxLimit()), constraints(key, node.get("properties")));
	}

	private static List<EntityType> types(String key, @Nullable JsonNode type) {
		if (type == null || type.isNull()) {
			return List.of();
		}
		List<JsonNode> items = type.isArray() ? List.copyOf(type.values()) : List.of(type);
		List<EntityType> types = new ArrayList<>();
		for (JsonNode item : items) {
			if (!item.isString()) {
				throw bad(key, "has a 'type' that is not a type id or a list of them");
			}
			types.add(Kinds.of(item.stringValue(), "queries"));
		}
		return List.copyOf(types);
	}

	private static Strictness strictness(String key, @Nullable JsonNode strict) {
		if (strict == null || strict.isNull()) {
			return Strictness.ANY;
		}
		if (strict.isString()) {
			for (Strictness value : Strictness.values()) {
				if (value.name().toLowerCase(Locale.ROOT).equals(strict.stringValue())) {
					return value;
				}
			}
		}
		throw bad(key, "has a 'type_strict' other than \"any\", \"all\" or \"should\"");
	}

	private static int limit(String key, @Nullable JsonNode limit, int max) {
		if (limit == null || limit.isNull()) {
			return Math.min(DEFAULT_LIMIT, max);
		}
		if (!limit.isIntegralNumber() || limit.asLong() < 1 || limit.asLong() > max) {
			throw bad(key,
					"has a 'limit' that is not a whole number from 1 to " + max + " (oncograph.reconcile.max-limit)");
		}
		return limit.asInt();
	}

	private static List<Constraint> constraints(String key, @Nullable JsonNode properties) {
		if (properties == null || properties.isNull()) {
			return List.of();
		}
		if (!properties.isArray() || properties.size() > MAX_CONSTRAINTS) {
			throw bad(key, "has 'properties' that are not a list of at most " + MAX_CONSTRAINTS
					+ " objects {\"pid\": \"city\", \"v\": \"Минск\"}");
		}
		List<Constraint> constraints = new ArrayList<>();
		for (JsonNode property : properties.values()) {
			JsonNode pid = property.get("pid");
			JsonNode v = property.get("v");
			if (!property.isObject() || pid == null || !pid.isString() || v == null) {
				throw bad(key, "has a property that is not an object {\"pid\": \"city\", \"v\": \"Минск\"}");
			}
			List<JsonNode> values = v.isArray() ? List.copyOf(v.values()) : List.of(v);
			if (values.size() > MAX_CONSTRAINTS) {
				throw bad(key, "gives more than " + MAX_CONSTRAINTS + " values for '" + pid.stringValue() + "'");
			}
			List<Given> given = new ArrayList<>();
			for (JsonNode value : values) {
				given.add(given(key, pid.stringValue(), value));
			}
			constraints.add(new Constraint(ReconProperty.of(pid.stringValue(), "queries"), List.copyOf(given)));
		}
		return List.copyOf(constraints);
	}

	private static Given given(String key, String pid, JsonNode value) {
		if (value.isString() || value.isNumber() || value.isBoolean()) {
			return new Given(null, value.asString());
		}
		JsonNode id = value.isObject() ? value.get("id") : null;
		if (id != null && id.isString()) {
			JsonNode name = value.get("name");
			return new Given(id.stringValue(), (name != null && name.isString()) ? name.stringValue() : "");
		}
		throw bad(key, "has a value of '" + pid + "' that is neither a string, a number, a boolean nor {\"id\": …}");
	}

	private static OncoGraphException.BadRequest bad(String key, String what) {
		return new OncoGraphException.BadRequest("queries", "Query '" + key + "' " + what + ".");
	}

}
