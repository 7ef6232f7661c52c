package org.oncograph.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.oncograph.OncoGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * With NEO4J_URI set, the app starts no database of its own and loads the graph into the
 * server it names.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalNeo4jTests {

	static Neo4j server;

	@BeforeAll
	static void startServer() {
		server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void loadsTheGraphIntoTheServerNamedByTheUri() {
		try (var app = new SpringApplicationBuilder(OncoGraphApplication.class)
			.run("--spring.neo4j.uri=" + server.boltURI(), "--server.port=0")) {
			assertThat(app.getBeansOfType(DatabaseManagementService.class)).isEmpty();
			try (var tx = server.defaultDatabaseService().beginTx()) {
				long people = (long) tx.execute("MATCH (p:Person) RETURN count(p) AS n").next().get("n");
				long scripts = (long) tx.execute("MATCH (m:__OncoGraphMigration) RETURN count(m) AS n").next().get("n");
				assertThat(people).isGreaterThan(10);
				assertThat(scripts).isGreaterThanOrEqualTo(7);
			}
		}
	}

	@Test
	void anUnreachableServerStopsStartupWithAClearMessage(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(OncoGraphApplication.class)
			.run("--spring.neo4j.uri=bolt://127.0.0.1:1", "--server.port=0"));
		assertThat(output).contains("Cannot connect to Neo4j").contains("Check NEO4J_URI");
	}

}
