package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Data extension: the values of some {@link ReconProperty properties} for reconciled
 * entities, read in one statement, and the properties proposed for a type. An id that
 * names nothing gets empty values.
 */
@Service
class Extension {

	private final FactsReader facts;

	private final ReconcileProperties limits;

	Extension(FactsReader facts, ReconcileProperties limits) {
		this.facts = facts;
		this.limits = limits;
	}

	/** A checked data extension query: the ids and the properties. */
	record Query(List<String> ids, List<ReconProperty> properties) {

		/** Rows it may answer: ids × properties. */
		long rows() {
			return (long) this.ids.size() * this.properties.size();
		}

	}

	/** The query of an {@code extend} object, or a BAD_REQUEST saying what is wrong. */
	Query query(JsonNode extend) {
		JsonNode ids = extend.isObject() ? extend.get("ids") : null;
		JsonNode properties = extend.isObject() ? extend.get("properties") : null;
		if (ids == null || !ids.isArray() || properties == null || !properties.isArray()) {
			throw bad("The extension query is not an object {\"ids\": [\"person:kaprin-andrey\"], \"properties\":"
					+ " [{\"id\": \"city\"}]}.");
		}
		if (ids.size() > this.limits.batchSize()) {
			throw bad("The extension query has " + ids.size() + " ids, more than the " + this.limits.batchSize()
					+ " allowed (oncograph.reconcile.batch-size).");
		}
		Set<String> idList = new LinkedHashSet<>();
		for (JsonNode id : ids.values()) {
			if (!id.isString() || id.stringValue().length() > this.limits.maxQueryLength()) {
				throw bad("The extension query has an id that is not a string of at most "
						+ this.limits.maxQueryLength() + " characters.");
			}
			idList.add(id.stringValue());
		}
		Set<ReconProperty> wanted = new LinkedHashSet<>();
		for (JsonNode property : properties.values()) {
			JsonNode id = property.isObject() ? property.get("id") : null;
			if (id == null || !id.isString()) {
				throw bad("The extension query has a property that is not an object {\"id\": \"city\"}.");
			}
			wanted.add(ReconProperty.of(id.stringValue(), "extend"));
		}
		return new Query(List.copyOf(idList), List.copyOf(wanted));
	}

	/**
	 * The response: {@code meta} (each property) and {@code rows} (id → property →
	 * values).
	 */
	Map<String, Object> extend(Query query) {
		Map<String, Facts> known = this.facts.read(query.ids());
		List<Map<String, Object>> meta = new ArrayList<>();
		for (ReconProperty property : query.properties()) {
			Map<String, Object> column = new LinkedHashMap<>();
			column.put("id", property.id());
			column.put("name", property.label());
			EntityType type = property.valueType();
			if (type != null) {
				column.put("type", Kinds.type(type));
			}
			meta.add(column);
		}
		Map<String, Object> rows = new LinkedHashMap<>();
		for (String id : query.ids()) {
			Facts fact = known.get(id);
			Map<String, Object> row = new LinkedHashMap<>();
			for (ReconProperty property : query.properties()) {
				row.put(property.id(),
						(fact == null) ? List.of() : property.values(fact).stream().map(PropertyValue::json).toList());
			}
			rows.put(id, row);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("meta", meta);
		response.put("rows", rows);
		return response;
	}

	/** The properties of a type, at most {@code limit}. */
	static Map<String, Object> proposals(EntityType type, int limit) {
		List<Map<String, String>> properties = new ArrayList<>();
		for (ReconProperty property : ReconProperty.values()) {
			if (property.appliesTo(type) && properties.size() < limit) {
				properties.add(Kinds.ordered("id", property.id(), "name", property.label()));
			}
		}
		Map<String, Object> proposals = new LinkedHashMap<>();
		proposals.put("type", type.label());
		proposals.put("properties", properties);
		proposals.put("limit", limit);
		return proposals;
	}

	private static OncoGraphException.BadRequest bad(String message) {
		return new OncoGraphException.BadRequest("extend", message);
	}

}
