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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncograph.GraphTest;
import org.oncograph.OncoGraphApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A dump of the graph imported into a new database reproduces it: the dump and the
 * network export of the new database equal those of the old one, provenance and the
 * records of the applied scripts included, also from a dump of an earlier version, whose
 * records are converted. A database with data refuses an import.
 */
@GraphTest
class DumpRoundTripTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	static String get(int port, String path) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	static ConfigurableApplicationContext start(Path dataDir, Path dump) {
		return new SpringApplicationBuilder(OncoGraphApplication.class).run("--oncograph.embedded.data-dir=" + dataDir,
				"--oncograph.embedded.bolt-port=0", "--server.port=0", "--oncograph.import.file=" + dump,
				"--spring.jmx.enabled=false");
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
