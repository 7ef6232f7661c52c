package org.oncograph;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The app as an operator runs it, in its own JVM on the embedded database: a write
 * committed through Bolt survives a {@code kill -9} of the app, and the app is ready
 * again after the restart. The app logs JSON lines here
 * ({@code ONCOGRAPH_LOG_FORMAT=ecs}), so the test checks those too.
 */
class CrashSafetyTests {

	static final Duration STARTUP = Duration.ofMinutes(4);

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void aCommittedWriteSurvivesAKillMinus9() throws Exception {
		int httpPort = freePort();
		int boltPort = freePort();
		Path dataDir = this.temp.resolve("data");

		Process first = start(dataDir, httpPort, boltPort, this.temp.resolve("first.log"));
		try {
			awaitReady(first, httpPort, this.temp.resolve("first.log"));
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
					var session = driver.session()) {
				session.executeWriteWithoutResult(
						tx -> tx.run("CREATE (:CrashTest {id: $id, at: datetime()})", Map.of("id", "crash:committed"))
							.consume());
			}
		}
		finally {
			first.destroyForcibly();
			assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		// destroyForcibly is SIGKILL on Linux: the JVM ran no shutdown hook, Neo4j closed
		// nothing.
		assertThat(first.exitValue()).isEqualTo(137);
		assertJsonLines(this.temp.resolve("first.log"));

		Process second = start(dataDir, httpPort, boltPort, this.temp.resolve("second.log"));
		try {
			awaitReady(second, httpPort, this.temp.resolve("second.log"));
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
					var session = driver.session()) {
				long found = session.executeRead(tx -> tx
					.run("MATCH (n:CrashTest {id: $id}) RETURN count(n) AS n", Map.of("id", "crash:committed"))
					.single()
					.get("n")
					.asLong());
				assertThat(found).isEqualTo(1);
			}
			assertThat(get(httpPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		}
		finally {
			second.destroy();
			if (!second.waitFor(60, TimeUnit.SECONDS)) {
				second.destroyForcibly();
			}
		}
	}

	/**
	 * The app in a new JVM, as {@code java -cp … org.oncograph.OncoGraphApplication} with
	 * the test's classpath.
	 */
	static Process start(Path dataDir, int httpPort, int boltPort, Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector", "-Xmx1g", "-cp",
						classpath(), "org.oncograph.OncoGraphApplication"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("ONCOGRAPH_DATA_DIR", dataDir.toString(), "ONCOGRAPH_BOLT_PORT", String.valueOf(boltPort),
					"PORT", String.valueOf(httpPort), "ONCOGRAPH_LOG_FORMAT", "ecs", "NEO4J_URI", ""));
		return builder.start();
	}

	/**
	 * The test classpath, each entry once and without empty entries: Surefire's ends in
	 * one, which Java reads as the working directory, where the project's own
	 * {@code cypher/} folder would be found a second time.
	 */
	static String classpath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.distinct()
			.collect(Collectors.joining(File.pathSeparator));
	}

	static void awaitReady(Process app, int port, Path log) throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				fail("The app stopped with " + app.exitValue() + " before it was ready:\n" + tail(log));
			}
			try {
				if (get(port, "/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		fail("The app was not ready within " + STARTUP + ":\n" + tail(log));
	}

	/**
	 * Every line the app logged is a JSON object with a timestamp, a level and a message
	 * (but the JVM's and SLF4J's own warnings, printed before logging starts).
	 */
	static void assertJsonLines(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("WARNING:") && !line.startsWith("SLF4J"))
			.toList();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			var entry = json.readTree(line);
			assertThat(entry.has("@timestamp") && entry.path("log").has("level") && entry.has("message")).as(line)
				.isTrue();
		}
		assertThat(lines).anyMatch(line -> line.contains("Started OncoGraphApplication"));
	}

	static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
