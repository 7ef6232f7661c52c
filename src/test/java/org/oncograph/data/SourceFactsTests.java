package org.oncograph.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the loaded graph against the facts of each source document, one row at a time.
 * The tables in {@code src/test/resources/facts/source-NNN.tsv} list, for document NNN,
 * every entity it names ({@code node} rows) and every relationship it states ({@code rel}
 * rows), with the properties the text gives.
 */
@GraphTest
class SourceFactsTests {

	@Autowired
	Driver driver;

	@TestFactory
	Stream<DynamicContainer> everyFactOfEveryDocumentIsInTheGraph() throws IOException {
		Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath:facts/source-*.tsv");
		assertThat(tables).as("fact tables").hasSizeGreaterThanOrEqualTo(5);
		return Arrays.stream(tables).map(this::factsOf);
	}

	private DynamicContainer factsOf(Resource table) {
		String file = table.getFilename();
		String source = "source:" + file.substring("source-".length(), file.length() - ".tsv".length());
		List<DynamicTest> tests = new ArrayList<>();
		List<String> lines = read(table);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			String name = file + ":" + (i + 1) + " "
					+ String.join(" ", Arrays.copyOf(cells, Math.min(cells.length, 4)));
			tests.add(DynamicTest.dynamicTest(name, () -> check(source, cells)));
		}
		assertThat(tests).as(file + " rows").isNotEmpty();
		return DynamicContainer.dynamicContainer(file, tests);
	}

	private void check(String source, String[] cells) {
		Map<String, String> props = cells.length > 4 ? props(cells[4]) : Map.of();
		switch (cells[0]) {
			case "node" -> checkNode(source, cells[1], cells[2], cells[3], props);
			case "rel" -> checkRelationship(source, cells[1], cells[2], cells[3], props);
			default -> throw new AssertionError("unknown row kind " + cells[0]);
		}
	}

	private void checkNode(String source, String id, String label, String name, Map<String, String> expected) {
		Record row = single("""
				MATCH (n:Entity {id: $id})
				RETURN labels(n) AS labels, properties(n) AS props,
				       EXISTS { (:Source {id: $source})-[:MENTIONS]->(n) } AS mentioned""",
				Map.of("id", id, "source", source));
		assertThat(row).as("entity %s", id).isNotNull();
		assertThat(row.get("labels").asList(org.neo4j.driver.Value::asString)).as("labels of %s", id).contains(label);
		Map<String, Object> props = row.get("props").asMap();
		assertThat(props.get("name")).as("name of %s", id).isEqualTo(name);
		expected.forEach((key, value) -> assertThat(text(props.get(key))).as("%s of %s", key, id).isEqualTo(value));
		assertThat(row.get("mentioned").asBoolean()).as("%s mentions %s", source, id).isTrue();
	}

	private void checkRelationship(String source, String from, String type, String to, Map<String, String> expected) {
		List<Record> rows = this.driver.executableQuery("""
				MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type
				RETURN properties(r) AS props""")
			.withParameters(Map.of("from", from, "to", to, "type", type))
			.execute()
			.records();
		assertThat(rows).as("(%s)-[:%s]->(%s)", from, type, to).hasSize(1);
		Map<String, Object> props = rows.get(0).get("props").asMap();
		assertThat(props.get("sources")).as("sources of (%s)-[:%s]->(%s)", from, type, to)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains(source);
		expected
			.forEach((key, value) -> assertThat(text(props.get(key))).as("%s of (%s)-[:%s]->(%s)", key, from, type, to)
				.isEqualTo(value));
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		List<Record> rows = this.driver.executableQuery(cypher).withParameters(parameters).execute().records();
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(SourceFactsTests::text).collect(Collectors.joining("|"));
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return String.valueOf(value);
	}

	private static Map<String, String> props(String cell) {
		Map<String, String> props = new LinkedHashMap<>();
		for (String pair : cell.split(";")) {
			if (!pair.isBlank()) {
				int eq = pair.indexOf('=');
				props.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
			}
		}
		return props;
	}

	private static List<String> read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
