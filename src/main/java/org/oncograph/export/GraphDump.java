package org.oncograph.export;

import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.oncograph.migration.InitialLoad;
import org.oncograph.model.NameKey;
import org.oncograph.version.Change;
import org.oncograph.version.ChangeKind;
import org.oncograph.version.ChangeLog;
import org.oncograph.version.ChangeRecorder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The whole database as JSON, every node (labels, properties) and every relationship
 * (type, the {@code id}s of its ends, properties), provenance and the records of the
 * applied scripts included; and the way back, into an empty database. Dates and
 * date-times, which JSON lacks, are written as {@code {"$date": "2025-01-01"}} and
 * {@code {"$datetime": "…"}}.
 * <p>
 * The dump is written as it is read, a page of {@code oncograph.export.page-size} nodes
 * at a time, each page one statement in its own short transaction, keyset-paged by
 * {@code id} through the unique index of each of the {@link #KEYED} labels in turn; the
 * few nodes with none of them (the records of the applied scripts, the curation lock)
 * come last, paged by element id. Nodes come in that order, each node's outgoing
 * relationships in the order of their JSON text, so equal graphs give equal dumps (but
 * for the nodes without a keyed label, which are in a canonical order only within a
 * page). Every relationship's ends must have a keyed label: that is how the import finds
 * them through an index. The pages are not one snapshot: a dump taken while curators
 * write may hold some of their writes and not others.
 * <p>
 * The import reads the file as a stream, in batches of
 * {@code oncograph.import.batch-size} nodes or relationships, each batch one transaction
 * that also counts it on the {@link InitialLoad#PROGRESS_LABEL progress node}; so a load
 * cut short (a crash, a {@code kill -9}) resumes after the last committed batch, skipping
 * what is already in the database, and never writes a node or relationship twice.
 */
@Service
class GraphDump {

	static final String FORMAT = "oncograph-dump/1";

	/**
	 * The labels whose nodes are paged by their unique {@code id} and which every
	 * relationship's ends carry; a node with several of them is dumped under the first.
	 */
	static final List<String> KEYED = List.of("Entity", "Source", "Retraction", "Retracted");

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Any of the keyed labels, as a label expression. */
	private static final String ANY_KEYED = String.join("|", KEYED);

	/** The nodes, with each entity's name key (which dumps leave out). */
	private static final String CREATE_NODES = """
			CYPHER 25
			UNWIND $nodes AS node
			CREATE (n:$(node.labels))
			SET n = node.properties
			SET n.%s = CASE WHEN n:Entity THEN %s END""".formatted(NameKey.PROPERTY, NameKey.of("n"));

	/**
	 * Each end is found through the index of each keyed label (a union of seeks: a label
	 * disjunction could be planned as a scan).
	 */
	private static final String CREATE_RELATIONSHIPS = """
			CYPHER 25
			UNWIND $relationships AS rel
			CALL (rel) { %s }
			CALL (rel) { %s }
			CREATE (a)-[r:$(rel.type)]->(b)
			SET r = rel.properties""".formatted(byId("a", "start"), byId("b", "end"));

	private static final String COUNT_PROGRESS = "MATCH (p:" + InitialLoad.PROGRESS_LABEL
			+ ") SET p.nodes = p.nodes + $nodes, p.relationships = p.relationships + $relationships";

	private final Driver driver;

	private final int page;

	GraphDump(Driver driver, ExportProperties properties) {
		this.driver = driver;
		this.page = properties.pageSize();
	}

	/**
	 * One group of nodes: those with {@code label} and none of the keyed labels before
	 * it, or, for a null label, those with no keyed label.
	 */
	private record Group(@Nullable String label, List<String> before) {

		String match() {
			if (this.label == null) {
				return "MATCH (n) WHERE elementId(n) > $after AND NOT (n:" + ANY_KEYED + ") AND NOT (n:"
						+ ChangeLog.LABELS + ")";
			}
			return "MATCH (n:" + this.label + ") WHERE n.id > $after"
					+ this.before.stream().map(earlier -> " AND NOT n:" + earlier).collect(Collectors.joining());
		}

		String key() {
			return (this.label == null) ? "elementId(n)" : "n.id";
		}

		String page(String returns) {
			return "CYPHER 25\n" + match() + "\nWITH n\nORDER BY " + key() + "\nLIMIT $page\nRETURN " + key()
					+ " AS key, " + returns + "\nORDER BY key";
		}

	}

	/** The node with the id {@code rel.<key>} and a keyed label, as {@code variable}. */
	private static String byId(String variable, String key) {
		return KEYED.stream()
			.map(label -> "MATCH (%s:%s {id: rel.%s}) RETURN %1$s".formatted(variable, label, key))
			.collect(Collectors.joining(" UNION "));
	}

	private static List<Group> groups() {
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < KEYED.size(); i++) {
			groups.add(new Group(KEYED.get(i), KEYED.subList(0, i)));
		}
		groups.add(new Group(null, KEYED));
		return groups;
	}

	/**
	 * Writes the dump of the database to the stream as it reads it, a page at a time.
	 */
	void write(OutputStream out) {
		List<Group> groups = groups();
		Iterable<Map<String, Object>> nodes = Paged
			.concat(groups.stream().map(group -> new Paged<>(after -> nodes(group, after))).toList());
		Iterable<Map<String, Object>> relationships = Paged.concat(groups.stream()
			.filter(group -> group.label() != null)
			.map(group -> new Paged<>(after -> relationships(group, after)))
			.toList());
		try (JsonGenerator dump = json.createGenerator(out)) {
			dump.writeStartObject();
			dump.writeStringProperty("format", FORMAT);
			dump.writeArrayPropertyStart("nodes");
			for (Map<String, Object> node : nodes) {
				dump.writePOJO(node);
			}
			dump.writeEndArray();
			dump.writeArrayPropertyStart("relationships");
			for (Map<String, Object> relationship : relationships) {
				dump.writePOJO(relationship);
			}
			dump.writeEndArray();
			dump.writeEndObject();
		}
	}

	private Paged.Page<Map<String, Object>> nodes(Group group, String after) {
		String statement = group.page("labels(n) AS labels, properties(n) AS properties, "
				+ ((group.label() == null) ? "COUNT { (n)--() }" : "0") + " AS degree");
		List<Record> rows = read(statement, after);
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Record row : rows) {
			List<String> labels = row.get("labels").asList(Value::asString).stream().sorted().toList();
			if (row.get("degree").asLong() > 0) {
				throw new IllegalStateException("A node labelled " + labels
						+ " has relationships but none of the labels " + KEYED + ": it cannot be dumped.");
			}
			nodes.add(element("labels", labels, row.get("properties")));
		}
		return Paged.Page.of((group.label() == null) ? sorted(nodes) : nodes, rows.size(), this.page, last(rows));
	}

	private Paged.Page<Map<String, Object>> relationships(Group group, String after) {
		List<Record> rows = read(group.page("""
				COLLECT {
				  MATCH (n)-[r]->(m)
				  RETURN {type: type(r), end: m.id, keyed: (m:%s), properties: properties(r)}
				} AS out""".formatted(ANY_KEYED)), after);
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (Record row : rows) {
			String start = row.get("key").asString();
			List<Map<String, Object>> out = new ArrayList<>();
			for (Value rel : row.get("out").values()) {
				if (rel.get("end").isNull() || !rel.get("keyed").asBoolean()) {
					throw new IllegalStateException("A " + rel.get("type").asString() + " relationship from " + start
							+ " ends at a node without an id or without any of the labels " + KEYED
							+ ": it cannot be dumped.");
				}
				Map<String, Object> relationship = element("type", rel.get("type").asString(), rel.get("properties"));
				relationship.put("start", start);
				relationship.put("end", rel.get("end").asString());
				out.add(relationship);
			}
			out.sort(Comparator.comparing((Map<String, Object> rel) -> (String) rel.get("type"))
				.thenComparing(rel -> (String) rel.get("end"))
				.thenComparing(json::writeValueAsString));
			relationships.addAll(out);
		}
		return Paged.Page.of(relationships, rows.size(), this.page, last(rows));
	}

	private List<Record> read(String statement, String after) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(statement, Map.of("after", after, "page", this.page)).list());
		}
	}

	private static String last(List<Record> rows) {
		return rows.isEmpty() ? "" : rows.getLast().get("key").asString();
	}

	/**
	 * Where a load stands: how many of the dump's nodes and relationships, in file order,
	 * are in the database.
	 */
	private static final class Progress {

		long nodes;

		long relationships;

	}

	/**
	 * Loads a dump read from the stream in batches of {@code batch} rows, each batch in
	 * its own transaction of the session given that also advances the progress node;
	 * resumes after what an earlier, unfinished load of the same dump committed, and
	 * deletes the progress node when done. The dump must begin with its {@code format}
	 * and hold its nodes before its relationships, as {@link #write} writes it.
	 * @param checksum the dump's SHA-256, kept on the progress node so that only the same
	 * dump resumes ({@link #unfinished})
	 * @param changes records each batch as a change of the graph, in its transaction
	 */
	static void load(InputStream in, Session session, int batch, String checksum, String source,
			ChangeRecorder changes) {
		Progress progress = session.executeWrite(tx -> {
			var row = tx
				.run("MERGE (p:" + InitialLoad.PROGRESS_LABEL + ") ON CREATE SET p.checksum = $checksum,"
						+ " p.source = $source, p.nodes = 0, p.relationships = 0"
						+ " RETURN p.checksum AS checksum, p.nodes AS nodes, p.relationships AS relationships",
						Map.of("checksum", checksum, "source", source))
				.single();
			if (!checksum.equals(row.get("checksum").asString())) {
				throw new IllegalArgumentException("the database holds an unfinished load of another dump");
			}
			var done = new Progress();
			done.nodes = row.get("nodes").asLong();
			done.relationships = row.get("relationships").asLong();
			return done;
		});
		try (JsonParser dump = json.createParser(in)) {
			if (dump.nextToken() != JsonToken.START_OBJECT || dump.nextToken() != JsonToken.PROPERTY_NAME
					|| !"format".equals(dump.currentName()) || dump.nextToken() != JsonToken.VALUE_STRING
					|| !FORMAT.equals(dump.getString())) {
				throw new IllegalArgumentException(
						"not an OncoGraph dump: it must begin with {\"format\": \"" + FORMAT + "\"");
			}
			boolean nodesRead = false;
			while (dump.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = dump.currentName();
				dump.nextToken();
				switch (name) {
					case "nodes" -> {
						elements(dump, progress.nodes, batch, nodes -> session.executeWriteWithoutResult(tx -> {
							tx.run(CREATE_NODES, Map.of("nodes", nodes)).consume();
							tx.run(COUNT_PROGRESS, Map.of("nodes", nodes.size(), "relationships", 0)).consume();
							changes.append(tx, Change.bulk(ChangeKind.IMPORT, "import: " + nodes.size() + " nodes"));
						}));
						nodesRead = true;
					}
					case "relationships" -> {
						if (!nodesRead) {
							throw new IllegalArgumentException("the relationships come before the nodes");
						}
						elements(dump, progress.relationships, batch,
								relationships -> session.executeWriteWithoutResult(tx -> {
									var created = tx.run(CREATE_RELATIONSHIPS, Map.of("relationships", relationships))
										.consume();
									if (created.counters().relationshipsCreated() != relationships.size()) {
										throw new IllegalArgumentException("only "
												+ created.counters().relationshipsCreated() + " of "
												+ relationships.size()
												+ " relationships of a batch found both their ends (by id, among nodes"
												+ " labelled " + KEYED + ")");
									}
									tx.run(COUNT_PROGRESS, Map.of("nodes", 0, "relationships", relationships.size()))
										.consume();
									changes.append(tx, Change.bulk(ChangeKind.IMPORT,
											"import: " + relationships.size() + " relationships"));
								}));
					}
					default -> dump.skipChildren();
				}
			}
		}
		session
			.executeWriteWithoutResult(tx -> tx.run("MATCH (p:" + InitialLoad.PROGRESS_LABEL + ") DELETE p").consume());
	}

	/**
	 * Whether the database holds an unfinished load of the dump with this checksum and
	 * nothing else: its progress node, and only as many nodes as that load counted.
	 */
	static boolean unfinished(Session session, String checksum) {
		return session
			.executeRead(tx -> tx
				.run("MATCH (p:" + InitialLoad.PROGRESS_LABEL
						+ """
								) WHERE p.checksum = $checksum
								RETURN COUNT { MATCH (n) WHERE NOT (n:%s) } = p.nodes + 1 AS only"""
							.formatted(ChangeLog.LABELS),
						Map.of("checksum", checksum))
				.list(row -> row.get("only").asBoolean()))
			.equals(List.of(true));
	}

	/**
	 * Reads the elements of the array the parser is at, skipping the first {@code skip}
	 * (loaded before), and hands the others over in batches of {@code batch}.
	 */
	@SuppressWarnings("unchecked")
	private static void elements(JsonParser dump, long skip, int batch, Consumer<List<Map<String, Object>>> load) {
		if (dump.currentToken() != JsonToken.START_ARRAY) {
			throw new IllegalArgumentException("expected an array at " + dump.currentName());
		}
		List<Map<String, Object>> rows = new ArrayList<>(batch);
		long index = 0;
		while (dump.nextToken() == JsonToken.START_OBJECT) {
			if (index++ < skip) {
				dump.skipChildren();
				continue;
			}
			rows.add(typed(dump.readValueAs(LinkedHashMap.class)));
			if (rows.size() == batch) {
				load.accept(rows);
				rows = new ArrayList<>(batch);
			}
		}
		if (!rows.isEmpty()) {
			load.accept(rows);
		}
	}

	private static Map<String, Object> element(String key, Object value, Value properties) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put(key, value);
		Map<String, Object> plain = new TreeMap<>();
		properties.asMap(GraphDump::plain).forEach(plain::put);
		// Derived from the names; the import sets it again.
		plain.remove(NameKey.PROPERTY);
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
