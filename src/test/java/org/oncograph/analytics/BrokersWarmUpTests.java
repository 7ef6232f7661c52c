package org.oncograph.analytics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.version.Change;
import org.oncograph.version.ChangeKind;
import org.oncograph.version.ChangeLog;
import org.oncograph.version.GraphVersions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the warm-up on (the default), the default {@code brokers} are computed in the
 * background after startup and again after a write: the first request after either sends
 * no Cypher statement and gets the answer. Its own app, since the other full-stack tests
 * count statements with the warm-up off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "oncograph.embedded.data-dir=target/neo4j-tests/${random.uuid}",
				"oncograph.embedded.bolt-port=0" })
@Import(CypherStatementCounter.class)
class BrokersWarmUpTests {

	/**
	 * The top broker of the five documents since V0009: the academy of Moiseenko, Kaprin
	 * and Khubulava.
	 */
	static final String TOP = "institution:russian-academy-of-sciences";

	@Autowired
	BrokersWarmUp warmUp;

	@Autowired
	CypherStatementCounter statements;

	@Autowired
	Driver driver;

	@Autowired
	ChangeLog changes;

	@Autowired
	GraphVersions versions;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	@Test
	void brokersAreReadyAfterStartupAndAgainAfterAWriteWithoutAStatementOfTheRequest() throws Exception {
		assertThat(this.warmUp.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
		int[] degree = new int[1];
		assertThat(this.statements.countWhile(() -> degree[0] = degreeOfTop())).as("statements of the first request")
			.isZero();

		// A write by another writer (another replica, say): a new cooperation of the top
		// broker with a person it had no link with, recorded in the change log; this
		// replica learns of it when it reads the version (as its poll does).
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						MATCH (top:Entity {id: $top})
						MATCH (p:Person) WHERE NOT (p)--(top)
						WITH top, p ORDER BY p.id LIMIT 1
						CREATE (top)-[:COOPERATES_WITH {status: 'PROPOSED', sources: [], evidence: []}]->(p)""",
						Map.of("top", TOP));
				this.changes.recorder().append(tx, Change.of(ChangeKind.ADD_RELATIONSHIP, List.of(TOP), "test"));
			});
		}
		this.versions.refresh();
		assertThat(this.warmUp.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
		int[] after = new int[1];
		assertThat(this.statements.countWhile(() -> after[0] = degreeOfTop())).as("statements after the write")
			.isZero();
		assertThat(after[0]).as("degree of the top broker, read again after the write").isEqualTo(degree[0] + 1);
	}

	/** The degree of the top broker, checked to be the Alexandrov centre. */
	private int degreeOfTop() {
		var response = this.graphQl.document("{ brokers(first: 1) { entity { id } degree } }").execute();
		response.path("brokers[0].entity.id").entity(String.class).isEqualTo(TOP);
		return response.path("brokers[0].degree").entity(Integer.class).get();
	}

}
