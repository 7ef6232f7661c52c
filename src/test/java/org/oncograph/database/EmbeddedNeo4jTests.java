package org.oncograph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.oncograph.OncoGraphApplication;
import org.oncograph.error.OncoGraphException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The app as {@code ./mvnw spring-boot:run} starts it: on the embedded database, with its
 * store on disk.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jTests {

	@Test
	void keepsTheGraphAcrossRestartsAndAppliesNoScriptTwice(@TempDir Path store, CapturedOutput output) {
		List<Object> first;
		try (var app = start(store, 0)) {
			first = snapshot(app);
			// The records as versions before :__OncoGraphMigration left them: the restart
			// converts them.
			var driver = app.getBean(Driver.class);
			driver.executableQuery("DROP CONSTRAINT oncograph_migration_version").execute();
			driver
				.executableQuery("CREATE CONSTRAINT neo4j_migration_version FOR (m:__Neo4jMigration) REQUIRE m.version"
						+ " IS UNIQUE")
				.execute();
			driver
				.executableQuery("MATCH (m:__OncoGraphMigration) SET m:__Neo4jMigration REMOVE m:__OncoGraphMigration")
				.execute();
		}
		assertThat((long) first.get(0)).as("entities").isGreaterThan(100);
		try (var app = start(store, 0)) {
			assertThat(snapshot(app)).isEqualTo(first);
			assertThat(output)
				.contains("Converted the records of " + ((List<?>) first.get(2)).size() + " applied scripts");
			// A second app on the same store while this one runs.
			assertThatException().isThrownBy(() -> start(store, 0)).satisfies(EmbeddedNeo4jTests::isAStartupFailure);
			assertThat(output).contains("is locked by another process").contains("set ONCOGRAPH_DATA_DIR");
		}
	}

	@Test
	void aBoltPortInUseStopsStartupWithAClearMessage(@TempDir Path store, CapturedOutput output) throws IOException {
		try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatException().isThrownBy(() -> start(store, busy.getLocalPort()))
				.satisfies(EmbeddedNeo4jTests::isAStartupFailure);
			assertThat(output)
				.contains("cannot open its Bolt port 127.0.0.1:" + busy.getLocalPort() + ": it is already in use")
				.contains("set ONCOGRAPH_BOLT_PORT to a free port");
		}
	}

	private static void isAStartupFailure(Throwable ex) {
		assertThat(Stream.iterate(ex, Objects::nonNull, Throwable::getCause))
			.hasAtLeastOneElementOfType(OncoGraphException.Startup.class);
	}

	private static ConfigurableApplicationContext start(Path store, int boltPort) {
		return new SpringApplicationBuilder(OncoGraphApplication.class).run("--oncograph.embedded.data-dir=" + store,
				"--oncograph.embedded.bolt-port=" + boltPort, "--server.port=0");
	}

	/**
	 * Entity and relationship counts and the applied scripts with their install times.
	 */
	private static List<Object> snapshot(ConfigurableApplicationContext app) {
		var driver = app.getBean(Driver.class);
		var entities = driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		var relationships = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		var scripts = driver
			.executableQuery(
					"MATCH (m:__OncoGraphMigration) RETURN m.version + ' ' + toString(m.installedOn) AS m ORDER BY m")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("m").asString())
			.toList();
		return List.of(entities, relationships, scripts);
	}

}
