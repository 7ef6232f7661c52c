package org.oncograph.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.OncoGraphApplication;
import org.oncograph.curation.CurationTest;
import org.oncograph.version.GraphVersions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas on one database: this test's app (the embedded database, its Bolt open)
 * and a second app pointed at it with {@code NEO4J_URI}, which polls the version every
 * 200 ms. A write on either is seen by the other within its poll interval: cached answers
 * and analytics included.
 */
@CurationTest
@TestPropertySource(properties = "oncograph.response-cache.enabled=true")
class TwoReplicasTests {

	static final Duration OTHER_POLL = Duration.ofMillis(200);

	/**
	 * What the test allows beyond the poll interval: a request or two on a busy machine.
	 */
	static final Duration SLACK = Duration.ofMillis(1500);

	static final String PERSON = "person:kaprin-andrey";

	static final String TOP = "institution:russian-academy-of-sciences";

	static ConfigurableApplicationContext other;

	@Autowired
	Neo4jConnectionDetails database;

	@Autowired
	GraphVersions versions;

	HttpGraphQlTester here;

	HttpGraphQlTester hereCurator;

	HttpGraphQlTester there;

	HttpGraphQlTester thereCurator;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		if (other == null) {
			other = new SpringApplicationBuilder(OncoGraphApplication.class).run(
					"--spring.neo4j.uri=" + this.database.getUri(), "--server.port=0", "--spring.jmx.enabled=false",
					"--oncograph.analytics.warm-up=false",
					"--oncograph.version.poll-interval=" + OTHER_POLL.toMillis() + "ms",
					"--oncograph.security.api-keys[0].key=" + CurationTest.CURATOR_KEY,
					"--oncograph.security.api-keys[0].name=curator-elsewhere",
					"--oncograph.security.api-keys[0].roles=curator");
		}
		int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port", "0"));
		this.here = GraphQlOverHttp.graphQl(port);
		this.hereCurator = CurationTest.Clients.as(port, CurationTest.CURATOR_KEY);
		this.there = GraphQlOverHttp.graphQl(otherPort);
		this.thereCurator = CurationTest.Clients.as(otherPort, CurationTest.CURATOR_KEY);
	}

	@AfterAll
	static void stopOther() {
		if (other != null) {
			other.close();
			other = null;
		}
	}

	String nameEn(HttpGraphQlTester client) {
		return client.document("query($id: ID!) { person(id: $id) { nameEn } }")
			.variable("id", PERSON)
			.execute()
			.path("person.nameEn")
			.entity(String.class)
			.get();
	}

	void rename(HttpGraphQlTester curator, String nameEn) {
		curator.documentName("upsertEntity")
			.variable("input",
					Map.of("type", "PERSON", "id", PERSON, "nameEn", nameEn, "sources",
							List.of(Map.of("source", "source:004", "evidence", "Каприн"))))
			.execute()
			.path("upsertEntity.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** How long until {@code read} gives {@code expected}; fails past the limit. */
	static Duration until(Supplier<Object> read, Object expected, Duration limit) throws InterruptedException {
		long started = System.nanoTime();
		while (!expected.equals(read.get())) {
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertThat(waited).as("waiting for %s", expected).isLessThan(limit);
			Thread.sleep(20);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	@Test
	void aWriteHereIsSeenThereWithinItsPollIntervalAndAtOnceHere() throws Exception {
		String before = nameEn(this.there);
		assertThat(nameEn(this.there)).as("cached there").isEqualTo(before);
		assertThat(nameEn(this.here)).isEqualTo(before);

		rename(this.hereCurator, "Andrey Kaprin (here)");
		assertThat(nameEn(this.here)).as("at once on the replica that wrote").isEqualTo("Andrey Kaprin (here)");
		Duration seen = until(() -> nameEn(this.there), "Andrey Kaprin (here)", OTHER_POLL.plus(SLACK));
		assertThat(other.getBean(GraphVersions.class).current()).isEqualTo(this.versions.current());
		var reads = other.getBean(MeterRegistry.class).get("oncograph.graph.version.read").timer();
		assertThat(reads.count()).isPositive();
		System.out.printf(
				"A write here was seen there after %d ms (poll interval %d ms); %d version reads there, mean %.3f ms,"
						+ " max %.3f ms%n",
				seen.toMillis(), OTHER_POLL.toMillis(), reads.count(), reads.mean(TimeUnit.MILLISECONDS),
				reads.max(TimeUnit.MILLISECONDS));
	}

	@Test
	void aWriteThereIsSeenHereWithinThisPollInterval() throws Exception {
		nameEn(this.here);
		rename(this.thereCurator, "Andrey Kaprin (there)");
		assertThat(nameEn(this.there)).isEqualTo("Andrey Kaprin (there)");
		until(() -> nameEn(this.here), "Andrey Kaprin (there)", this.versions.pollInterval().plus(SLACK));
	}

	@Test
	void analyticsThereAreDroppedAfterAWriteHere() throws Exception {
		String brokers = "{ brokers(first: 10) { entity { id } degree } }";
		Supplier<Object> degreeThere = () -> this.there.document(brokers)
			.execute()
			.path("brokers[?(@.entity.id == '" + TOP + "')].degree")
			.entityList(Integer.class)
			.get()
			.getFirst();
		int before = (int) degreeThere.get();
		this.hereCurator.documentName("addRelationship")
			.variable("input",
					Map.of("type", "COOPERATES_WITH", "from", TOP, "to", "institution:american-hospital-tbilisi",
							"sources", List.of(Map.of("source", "source:004", "evidence", "сотрудничество"))))
			.execute()
			.path("addRelationship.created")
			.entity(Boolean.class)
			.isEqualTo(true);
		until(degreeThere, before + 1, OTHER_POLL.plus(SLACK));
	}

}
