package org.oncograph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.oncograph.NameKeys;
import org.oncograph.model.NameKey;
import org.oncograph.version.ChangeLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader writes everything the generator makes, with several writers at once and in
 * many small batches: no relationship is lost because its batch ran before its nodes were
 * committed.
 */
class GraphLoaderTests {

	private static final List<String> COUNTRIES = List.of("country:belarus", "country:russia");

	static Neo4j neo4j;

	static Driver driver;

	@BeforeAll
	static void start() throws IOException {
		Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
		for (String statement : Files.readString(Path.of("cypher/V0001__Schema.cypher")).split(";\\s*\\n")) {
			if (!statement.lines().allMatch(line -> line.isBlank() || line.startsWith("//"))) {
				builder = builder.withFixture(statement);
			}
		}
		neo4j = builder.build();
		driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
		try (var session = driver.session()) {
			ChangeLog.createSchema(session);
		}
		driver
			.executableQuery("UNWIND $ids AS id CREATE (n:Entity:Country {id: id}) SET n.%s = %s"
				.formatted(NameKey.PROPERTY, NameKey.of("n")))
			.withParameters(Map.of("ids", COUNTRIES))
			.execute();
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@Test
	void writesEveryNodeAndRelationshipTheGeneratorMakes() {
		GenerationPlan plan = GenerationPlan.of(0.01, 11);
		Counted expected = new Counted();
		new SyntheticGraph(plan, COUNTRIES).generate(expected);
		assertThat(expected.relationships.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(5_000);

		List<String> progress = new ArrayList<>();
		var loader = new GraphLoader(driver, SessionConfig.defaultConfig(), 500, 2, progress::add,
				ChangeLog.recorder(1_000));
		new SyntheticGraph(plan, COUNTRIES).generate(loader);
		GenerationSummary summary = loader.finish(plan);

		assertThat(summary.nodes()).isEqualTo(expected.nodes);
		assertThat(summary.relationships()).isEqualTo(expected.relationships);
		try (var session = driver.session()) {
			assertThat(counts(session.run("""
					MATCH (n) WHERE n.id CONTAINS ':gen-'
					RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS key, count(*) AS n""").list(r -> r)))
				.isEqualTo(expected.nodes);
			assertThat(counts(session.run("MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n").list(r -> r)))
				.isEqualTo(expected.relationships);
			// Two writers advanced the version, one batch each time, and never lost one.
			var log = session.run("""
					MATCH (c:__OncoGraphChange {kind: 'GENERATOR'})
					RETURN count(c) AS changes, count(DISTINCT c.version) AS versions, max(c.version) AS last,
					       sum(toInteger(split(c.description, ' ')[1])) AS rows,
					       head(COLLECT { MATCH (v:__OncoGraphVersion) RETURN v.version }) AS version""").single();
			long rows = expected.nodes.values().stream().mapToLong(Long::longValue).sum()
					+ expected.relationships.values().stream().mapToLong(Long::longValue).sum();
			assertThat(log.get("rows").asLong()).isEqualTo(rows);
			assertThat(log.get("changes").asLong()).isGreaterThan(rows / 500)
				.isEqualTo(log.get("versions").asLong())
				.isEqualTo(log.get("last").asLong())
				.isEqualTo(log.get("version").asLong());
		}
		// Each entity with the name key the lists' name filters read.
		assertThat(NameKeys.outOfStep(driver)).isZero();
	}

	private static Map<String, Long> counts(List<org.neo4j.driver.Record> rows) {
		Map<String, Long> counts = new TreeMap<>();
		rows.forEach(row -> counts.put(row.get("key").asString(), row.get("n").asLong()));
		return counts;
	}

	/** What the generator makes, counted per label and relationship type. */
	private static final class Counted implements SyntheticGraph.Sink {

		final Map<String, Long> nodes = new TreeMap<>();

		final Map<String, Long> relationships = new TreeMap<>();

		@Override
		public void node(String label, Map<String, Object> properties) {
			this.nodes.merge(label, 1L, Long::sum);
		}

		@Override
		public void relationship(String type, String from, String to, Map<String, Object> properties) {
			this.relationships.merge(type, 1L, Long::sum);
		}

		@Override
		public void nodesDone() {
		}

	}

}
