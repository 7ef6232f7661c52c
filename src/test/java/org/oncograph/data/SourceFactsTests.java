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
 * rows), with the properties the text gives ({@code evidence} is this document's quote);
 * every relationship taken out because the document does not state it ({@code retracted}
 * rows: it must be gone for this document and its retraction recorded with a reason); and
 * every sentence that states no fact ({@code none} rows, with why): each other sentence
 * of the document must hold one of its quotes, so a sentence nobody reviewed fails the
 * test.
 */
@GraphTest
class SourceFactsTests {

	/**
	 * Where a sentence ends: a line break, or . ! ? (maybe with a closing quote), a space
	 * and a capital, a quote or a dash, but not after an initial, «им.» or «г.».
	 */
	private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern
		.compile("\\s*\\n\\s*|(?<=[.!?][»\"]?)(?<![ .][А-ЯЁA-Z]\\.)(?<! им\\.)(?<! г\\.) (?=[А-ЯЁA-Z«—\"])");

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

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
		tests.add(DynamicTest.dynamicTest(file + " every sentence reviewed",
				() -> everySentenceIsReviewed(source, lines)));
		return DynamicContainer.dynamicContainer(file, tests);
	}

	private void check(String source, String[] cells) {
		Map<String, String> props = (cells.length > 4 && !cells[0].equals("retracted")) ? props(cells[4]) : Map.of();
		switch (cells[0]) {
			case "node" -> checkNode(source, cells[1], cells[2], cells[3], props);
			case "rel" -> checkRelationship(source, cells[1], cells[2], cells[3], props);
			case "retracted" -> checkRetracted(source, cells[1], cells[2], cells[3]);
			case "none" -> assertThat(cells).as("none<TAB>sentence start<TAB>why it states no fact").hasSize(3);
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
		List<?> sources = (List<?>) props.get("sources");
		Object evidence = ((List<?>) props.get("evidence")).get(sources.indexOf(source));
		expected.forEach((key, value) -> assertThat(text(key.equals("evidence") ? evidence : props.get(key)))
			.as("%s of (%s)-[:%s]->(%s)", key, from, type, to)
			.isEqualTo(value));
	}

	private void checkRetracted(String source, String from, String type, String to) {
		Record row = single(
				"""
						RETURN EXISTS { MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type AND $source IN r.sources } AS stated,
						       COLLECT { MATCH (x:Retraction {type: $type, fromId: $from, toId: $to}) RETURN x { .reason, .properties } } AS records""",
				Map.of("from", from, "to", to, "type", type, "source", source));
		assertThat(row.get("stated").asBoolean()).as("(%s)-[:%s]->(%s) still stated by %s", from, type, to, source)
			.isFalse();
		List<Map<String, Object>> records = row.get("records").asList(org.neo4j.driver.Value::asMap);
		assertThat(records).as("retraction of (%s)-[:%s]->(%s)", from, type, to).anySatisfy(record -> {
			assertThat((String) record.get("reason")).isNotBlank();
			assertThat(JSON.readTree((String) record.get("properties")).path("sources").toString()).contains(source);
		});
	}

	/**
	 * Every sentence of the document holds a quote of it (a relationship's evidence or a
	 * mention's), or its table says, in a {@code none} row, why it states no fact.
	 */
	private void everySentenceIsReviewed(String source, List<String> table) {
		String file = single("MATCH (s:Source {id: $source}) RETURN s.file AS file", Map.of("source", source))
			.get("file")
			.asString();
		List<String> quotes = this.driver.executableQuery("""
				MATCH (:Source {id: $source})-[m:MENTIONS]->() RETURN m.evidence AS quote
				UNION
				MATCH ()-[r]->() WHERE $source IN r.sources
				RETURN r.evidence[[i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = $source][0]] AS quote""")
			.withParameters(Map.of("source", source))
			.execute()
			.records()
			.stream()
			.flatMap(record -> sentences(record.get("quote").asString()).stream())
			.toList();
		List<String> none = table.stream()
			.filter(line -> line.startsWith("none\t"))
			.map(line -> normalize(line.split("\t")[1]))
			.toList();
		List<String> unreviewed = new ArrayList<>();
		for (String sentence : sentences(seed(file))) {
			boolean quoted = quotes.stream().anyMatch(quote -> sentence.contains(quote) || quote.contains(sentence));
			boolean noFact = none.stream().anyMatch(sentence::startsWith);
			if (!quoted && !noFact) {
				unreviewed.add(sentence);
			}
		}
		assertThat(unreviewed).as("sentences of %s with no quote and no none row", file).isEmpty();
	}

	/** The sentences (and lines) of a text, spaces normalized. */
	static List<String> sentences(String text) {
		return Arrays.stream(SENTENCE_END.split(normalize(text).replace(" \n ", "\n")))
			.map(String::strip)
			.filter(sentence -> sentence.length() > 1)
			.toList();
	}

	private static String normalize(String text) {
		return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replace('–', '—').strip();
	}

	private static String seed(String file) {
		try {
			return new org.springframework.core.io.ClassPathResource("seeds/" + file)
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("no seed document " + file, ex);
		}
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
