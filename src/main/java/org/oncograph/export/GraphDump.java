package org.oncograph.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The whole database as JSON, every node (labels, properties) and every relationship
 * (type, the {@code id}s of its ends, properties), provenance and the records of the
 * applied scripts included; and the way back, into an empty database. Dates and
 * date-times, which JSON lacks, are written as {@code {"$date": "2025-01-01"}} and
 * {@code {"$datetime": "…"}}. Nodes and relationships are sorted, so equal graphs give
 * equal dumps.
 */
@Service
class GraphDump {

	static final String FORMAT = "oncograph-dump/1";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties""";

	private static final String CREATE_NODES = """
			CYPHER 25
			UNWIND $nodes AS node
			CREATE (n:$(node.labels))
			SET n = node.properties""";

	private static final String CREATE_RELATIONSHIPS = """
			CYPHER 25
			UNWIND $relationships AS rel
			MATCH (a WHERE a.id = rel.start)
			MATCH (b WHERE b.id = rel.end)
			CREATE (a)-[r:$(rel.type)]->(b)
			SET r = rel.properties""";

	private final Driver driver;

	GraphDump(Driver driver) {
		this.driver = driver;
	}

	/** The dump of the database, ready to be written as JSON. */
	Map<String, Object> dump() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> {
				List<Map<String, Object>> nodes = new ArrayList<>();
				tx.run(NODES)
					.forEachRemaining(row -> nodes
						.add(element("labels", row.get("labels").asList(Value::asString).stream().sorted().toList(),
								row.get("properties"))));
				List<Map<String, Object>> relationships = new ArrayList<>();
				tx.run(RELATIONSHIPS).forEachRemaining(row -> {
					if (row.get("start").isNull() || row.get("end").isNull()) {
						throw new IllegalStateException("A " + row.get("type").asString()
								+ " relationship has an end without an id: it cannot be dumped.");
					}
					Map<String, Object> relationship = element("type", row.get("type").asString(),
							row.get("properties"));
					relationship.put("start", row.get("start").asString());
					relationship.put("end", row.get("end").asString());
					relationships.add(relationship);
				});
				Map<String, Object> dump = new LinkedHashMap<>();
				dump.put("format", FORMAT);
				dump.put("nodes", sorted(nodes));
				dump.put("relationships", sorted(relationships));
				return dump;
			});
		}
	}

	/**
	 * Writes the dump's nodes and relationships in one transaction of the session given.
	 */
	@SuppressWarnings("unchecked")
	static void load(Map<String, Object> dump, Session session) {
		if (!FORMAT.equals(dump.get("format"))) {
			throw new IllegalArgumentException(
					"not an OncoGraph dump (format " + dump.get("format") + ", expected " + FORMAT + ")");
		}
		var nodes = ((List<Map<String, Object>>) Objects.requireNonNull(dump.get("nodes"), "nodes")).stream()
			.map(GraphDump::typed)
			.toList();
		var relationships = ((List<Map<String, Object>>) Objects.requireNonNull(dump.get("relationships"),
				"relationships"))
			.stream()
			.map(GraphDump::typed)
			.toList();
		session.executeWriteWithoutResult(tx -> {
			tx.run(CREATE_NODES, Map.of("nodes", nodes)).consume();
			var created = tx.run(CREATE_RELATIONSHIPS, Map.of("relationships", relationships)).consume();
			if (created.counters().relationshipsCreated() != relationships.size()) {
				throw new IllegalArgumentException("only " + created.counters().relationshipsCreated() + " of "
						+ relationships.size() + " relationships found both their ends");
			}
		});
	}

	static Map<String, Object> read(String text) {
		return json.readValue(text, LinkedHashMap.class);
	}

	private static Map<String, Object> element(String key, Object value, Value properties) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put(key, value);
		Map<String, Object> plain = new TreeMap<>();
		properties.asMap(GraphDump::plain).forEach(plain::put);
		element.put("properties", plain);
		return element;
	}

	private static List<Map<String, Object>> sorted(List<Map<String, Object>> elements) {
		return elements.stream().sorted(Comparator.comparing(json::writeValueAsString)).toList();
	}

	/** A property value as JSON can hold it. */
	private static Object plain(Value value) {
		var types = TypeSystem.getDefault();
		if (value.hasType(types.LIST())) {
			return value.asList(GraphDump::plain);
		}
		if (value.hasType(types.DATE())) {
			return Map.of("$date", value.asLocalDate().toString());
		}
		if (value.hasType(types.DATE_TIME())) {
			return Map.of("$datetime", value.asZonedDateTime().toString());
		}
		if (value.hasType(types.LOCAL_DATE_TIME())) {
			return Map.of("$localdatetime", value.asLocalDateTime().toString());
		}
		if (value.hasType(types.STRING()) || value.hasType(types.INTEGER()) || value.hasType(types.FLOAT())
				|| value.hasType(types.BOOLEAN())) {
			return value.asObject();
		}
		throw new IllegalStateException("A property of type " + value.type().name() + " cannot be dumped.");
	}

	/**
	 * A dumped node or relationship with its property values back in their Neo4j types.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<String, Object> element) {
		Map<String, Object> typed = new LinkedHashMap<>(element);
		Map<String, Object> properties = new LinkedHashMap<>();
		((Map<String, Object>) Objects.requireNonNull(element.get("properties"), "properties"))
			.forEach((key, value) -> properties.put(key, typed(value)));
		typed.put("properties", properties);
		return typed;
	}

	@SuppressWarnings("unchecked")
	private static Object typed(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(GraphDump::typed).toList();
		}
		if (value instanceof Map<?, ?> map && map.size() == 1) {
			var entry = ((Map<String, Object>) map).entrySet().iterator().next();
			String text = String.valueOf(entry.getValue());
			return switch (entry.getKey()) {
				case "$date" -> LocalDate.parse(text);
				case "$datetime" -> ZonedDateTime.parse(text);
				case "$localdatetime" -> LocalDateTime.parse(text);
				default -> throw new IllegalArgumentException("unknown typed value " + entry.getKey());
			};
		}
		return value;
	}

}
