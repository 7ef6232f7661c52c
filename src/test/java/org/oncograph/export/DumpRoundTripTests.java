package org.oncograph.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.oncograph.GraphTest;
import org.oncograph.OncoGraphApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A dump of the graph imported into a new database reproduces it: the dump and the
 * network export of the new database equal those of the old one, provenance and the
 * records of the applied scripts included, also from a dump of an earlier version, whose
 * records are converted. A database with data refuses an import; one holding an import
 * cut short by the same dump goes on with it.
 */
@GraphTest
class DumpRoundTripTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	static String get(int port, String path) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	static ConfigurableApplicationContext start(Path dataDir, Path dump, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--oncograph.embedded.data-dir=" + dataDir,
				"--oncograph.embedded.bolt-port=0", "--server.port=0", "--oncograph.import.file=" + dump,
				"--spring.jmx.enabled=false", "--oncograph.analytics.warm-up=false"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(OncoGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	/**
	 * Runs statements on the store of a stopped app, each in its own transaction, and
	 * returns the rows of the last as maps.
	 */
	static List<Map<String, Object>> embedded(Path dataDir, String... statements) {
		var dbms = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			var database = dbms.database("neo4j");
			List<Map<String, Object>> rows = List.of();
			for (String statement : statements) {
				rows = database.executeTransactionally(statement, Map.of(), result -> {
					List<Map<String, Object>> all = new ArrayList<>();
					result.forEachRemaining(all::add);
					return all;
				});
			}
			return rows;
		}
		finally {
			dbms.shutdown();
		}
	}

	/** The progress node of an unfinished import, with the counts in the store. */
	static Map<String, Object> progress(Path dataDir) {
		List<Map<String, Object>> rows = embedded(dataDir, """
				MATCH (p:__OncoGraphLoad)
				RETURN p.nodes AS nodes, p.relationships AS relationships,
				       COUNT { MATCH (n) WHERE NOT (n:__OncoGraphVersion|__OncoGraphChange) } AS stored,
				       COUNT { MATCH ()-[r]->() } AS related,
				       COUNT { MATCH (c:__OncoGraphChange {kind: 'IMPORT'}) } AS imports""");
		assertThat(rows).as("progress nodes").hasSize(1);
		return rows.get(0);
	}

	@Test
	void anImportedDumpReproducesTheGraph(@TempDir Path temp) throws Exception {
		String dump = get(this.port, "/export/dump.json");
		String network = get(this.port, "/export/graph.json?includeGeography=true");
		JsonNode original = json.readTree(dump);
		assertThat(original.path("nodes").size()).isGreaterThan(100);
		assertThat(original.path("relationships").size()).isGreaterThan(100);
		assertThat(dump).contains("\"Source\"")
			.contains("\"MENTIONS\"")
			.contains("\"evidence\"")
			.contains("\"__OncoGraphMigration\"")
			.contains("\"$date\"");
		Path file = Files.writeString(temp.resolve("dump.json"), dump);

		Path dataDir = temp.resolve("data");
		try (var imported = start(dataDir, file)) {
			int port = Integer.parseInt(imported.getEnvironment().getProperty("local.server.port"));
			assertThat(json.readTree(get(port, "/export/dump.json"))).isEqualTo(original);
			assertThat(sorted(json.readTree(get(port, "/export/graph.json?includeGeography=true"))))
				.isEqualTo(sorted(json.readTree(network)));
			assertThat(get(port, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
		}
		assertThatException().isThrownBy(() -> start(dataDir, file).close())
			.satisfies(ex -> assertThat(causes(ex)).contains("the database is not empty"));
	}

	@Test
	void aDumpOfAnEarlierVersionIsImportedWithItsScriptRecordsConverted(@TempDir Path temp) throws Exception {
		String dump = get(this.port, "/export/dump.json");
		// Versions before :__OncoGraphMigration recorded the applied scripts as
		// :__Neo4jMigration nodes.
		Path file = Files.writeString(temp.resolve("dump.json"),
				dump.replace("\"__OncoGraphMigration\"", "\"__Neo4jMigration\""));
		assertThat(Files.readString(file)).doesNotContain("__OncoGraphMigration");
		try (var imported = start(temp.resolve("data"), file)) {
			int port = Integer.parseInt(imported.getEnvironment().getProperty("local.server.port"));
			assertThat(json.readTree(get(port, "/export/dump.json"))).isEqualTo(json.readTree(dump));
			assertThat(get(port, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
		}
	}

	/**
	 * An import cut short twice, once among the nodes and once among the relationships
	 * (by constraints the dump breaks, dropped before the next start, as a crash would
	 * stop it between two batches): each start with the same dump goes on after the last
	 * committed batch, and the database finally holds the graph once, with a dump equal
	 * to the original. Without the import, the unfinished database is refused.
	 */
	@Test
	void anImportCutShortGoesOnWithTheSameDumpAndWritesNothingTwice(@TempDir Path temp) throws Exception {
		String dump = get(this.port, "/export/dump.json");
		JsonNode original = json.readTree(dump);
		int nodes = original.path("nodes").size();
		int relationships = original.path("relationships").size();
		Path file = Files.writeString(temp.resolve("dump.json"), dump);
		Path dataDir = temp.resolve("data");
		String batches = "--oncograph.import.batch-size=10";
		// The script records all have type 'CYPHER' and come last among the nodes; a
		// relationship type has two relationships with the same value of a property.
		var repeated = repeatedRelationshipProperty();
		embedded(dataDir, "CREATE CONSTRAINT cut_nodes FOR (m:__OncoGraphMigration) REQUIRE m.type IS UNIQUE",
				"CREATE CONSTRAINT cut_relationships FOR ()-[r:`%s`]-() REQUIRE r.`%s` IS UNIQUE"
					.formatted(repeated.get(0), repeated.get(1)));

		assertThatException().isThrownBy(() -> start(dataDir, file, batches).close())
			.satisfies(ex -> assertThat(causes(ex)).contains("Cannot import"));
		Map<String, Object> cut = progress(dataDir);
		assertThat((long) cut.get("nodes")).isGreaterThan(10).isLessThan(nodes);
		assertThat(cut.get("stored")).isEqualTo((long) cut.get("nodes") + 1);
		assertThat(cut.get("imports")).as("one change per committed batch").isEqualTo((long) cut.get("nodes") / 10);
		assertThat(cut).containsEntry("relationships", 0L).containsEntry("related", 0L);
		assertThatException()
			.isThrownBy(
					() -> new SpringApplicationBuilder(OncoGraphApplication.class)
						.run("--oncograph.embedded.data-dir=" + dataDir, "--oncograph.embedded.bolt-port=0",
								"--server.port=0", "--spring.jmx.enabled=false", "--oncograph.analytics.warm-up=false")
						.close())
			.satisfies(ex -> assertThat(causes(ex)).contains("unfinished import"));

		embedded(dataDir, "DROP CONSTRAINT cut_nodes");
		assertThatException().isThrownBy(() -> start(dataDir, file, batches).close())
			.satisfies(ex -> assertThat(causes(ex)).contains("Cannot import"));
		cut = progress(dataDir);
		assertThat(cut).containsEntry("nodes", (long) nodes).containsEntry("stored", nodes + 1L);
		assertThat((long) cut.get("relationships")).isGreaterThan(0).isLessThan(relationships);
		assertThat(cut.get("related")).isEqualTo(cut.get("relationships"));

		embedded(dataDir, "DROP CONSTRAINT cut_relationships");
		try (var imported = start(dataDir, file, batches)) {
			int port = Integer.parseInt(imported.getEnvironment().getProperty("local.server.port"));
			assertThat(json.readTree(get(port, "/export/dump.json"))).isEqualTo(original);
			assertThat(get(port, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
		}
		assertThat(embedded(dataDir, "MATCH (p:__OncoGraphLoad) RETURN p")).isEmpty();
		// a finished import is data like any other: the same dump is refused
		assertThatException().isThrownBy(() -> start(dataDir, file).close())
			.satisfies(ex -> assertThat(causes(ex)).contains("the database is not empty"));
	}

	/**
	 * A relationship type and one of its properties with a value that two of its
	 * relationships share, late enough that some batches of relationships come before.
	 */
	List<String> repeatedRelationshipProperty() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH ()-[r]->()
					UNWIND keys(r) AS key
					WITH type(r) AS type, key, r[key] AS value, count(*) AS shared
					WHERE shared > 1 AND value IS :: STRING
					RETURN type, key ORDER BY shared LIMIT 1""")
				.single()
				.values()
				.stream()
				.map(v -> v.asString())
				.toList());
		}
	}

	/** The nodes and edges of a network export, each list in a stable order. */
	static List<List<String>> sorted(JsonNode export) {
		List<List<String>> lists = new ArrayList<>();
		for (String part : List.of("nodes", "edges")) {
			List<String> items = new ArrayList<>();
			export.path(part).forEach(item -> items.add(item.toString()));
			items.sort(Comparator.naturalOrder());
			lists.add(items);
		}
		return lists;
	}

	static String causes(Throwable ex) {
		var messages = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
