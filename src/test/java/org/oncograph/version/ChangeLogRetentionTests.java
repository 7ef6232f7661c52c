package org.oncograph.version;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log on a database of its own: concurrent writers never share a version, the
 * log keeps only its retention, a page says when changes were dropped, a change records
 * at most 100 ids, and a replica sees another writer's change when it reads the version.
 */
class ChangeLogRetentionTests {

	static Neo4j neo4j;

	static Driver driver;

	final List<Object> published = new ArrayList<>();

	GraphVersions versions;

	ChangeLog log;

	@BeforeAll
	static void start() {
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
		driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
		try (var session = driver.session()) {
			ChangeLog.createSchema(session);
		}
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@BeforeEach
	void empty() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		var properties = new VersionProperties(3, Duration.ofSeconds(1));
		this.versions = new GraphVersions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider(), properties,
				this.published::add);
		this.log = new ChangeLog(Neo4jClient.create(driver), this.versions, properties);
	}

	@Test
	void concurrentWritersGetOneVersionEachAndNoneIsLost() throws Exception {
		ChangeRecorder recorder = ChangeLog.recorder(1_000);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writers = IntStream.range(0, 8).<Future<?>>mapToObj(w -> pool.submit(() -> {
				try (var session = driver.session()) {
					for (int i = 0; i < 25; i++) {
						String id = "topic:w" + w + "-" + i;
						session.executeWriteWithoutResult(tx -> {
							tx.run("CREATE (:Entity:Topic {id: $id})", java.util.Map.of("id", id)).consume();
							recorder.append(tx, Change.of(ChangeKind.UPSERT_ENTITY, List.of(id), "writer"));
						});
					}
				}
			})).toList();
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		var row = driver.executableQuery("""
				MATCH (c:__OncoGraphChange)
				RETURN count(c) AS changes, count(DISTINCT c.version) AS versions, min(c.version) AS first,
				       max(c.version) AS last, count(DISTINCT c.ids[0]) AS ids""").execute().records().getFirst();
		assertThat(row.get("changes").asLong()).isEqualTo(200);
		assertThat(row.get("versions").asLong()).isEqualTo(200);
		assertThat(row.get("ids").asLong()).isEqualTo(200);
		assertThat(row.get("first").asLong()).isOne();
		assertThat(row.get("last").asLong()).isEqualTo(200);
		assertThat(this.versions.refresh()).isEqualTo(200);
	}

	@Test
	void theLogKeepsOnlyItsRetentionAndAPageSaysWhenChangesWereDropped() {
		for (int i = 1; i <= 5; i++) {
			this.log.append(Change.of(ChangeKind.ADD_SOURCE, List.of("source:" + i), "curator"));
		}
		assertThat(driver.executableQuery("MATCH (c:__OncoGraphChange) RETURN c.version AS v ORDER BY v")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("v").asLong())
			.toList()).containsExactly(3L, 4L, 5L);

		var fromStart = this.log.page(0, 10);
		assertThat(fromStart.version()).isEqualTo(5);
		assertThat(fromStart.complete()).as("versions 1 and 2 were dropped").isFalse();
		assertThat(fromStart.changes()).extracting(ChangeLog.Entry::version).containsExactly(3L, 4L, 5L);

		var caughtUp = this.log.page(2, 2);
		assertThat(caughtUp.complete()).isTrue();
		assertThat(caughtUp.changes()).extracting(ChangeLog.Entry::ids)
			.containsExactly(List.of("source:3"), List.of("source:4"));
		assertThat(caughtUp.changes().getFirst().by()).isEqualTo("curator");
		assertThat(caughtUp.changes().getFirst().kind()).isEqualTo(ChangeKind.ADD_SOURCE);

		var upToDate = this.log.page(5, 10);
		assertThat(upToDate.complete()).isTrue();
		assertThat(upToDate.changes()).isEmpty();
		assertThat(this.log.version()).isEqualTo(5);
	}

	@Test
	void aChangeRecordsAtMostAHundredIdsAndSaysWhenItNamesNotAll() {
		List<String> ids = IntStream.range(0, 150).mapToObj(i -> "person:p" + i).toList();
		var change = Change.of(ChangeKind.RETRACT_FACT, ids, "admin");
		assertThat(change.ids()).hasSize(Change.MAX_IDS).isEqualTo(ids.subList(0, Change.MAX_IDS));
		assertThat(change.complete()).isFalse();
		var repeated = Change.of(ChangeKind.ADD_RELATIONSHIP, List.of("person:a", "person:a"), "curator");
		assertThat(repeated.ids()).containsExactly("person:a");
		assertThat(repeated.complete()).isTrue();
		assertThat(Change.bulk(ChangeKind.IMPORT, "import: 5 nodes").complete()).isFalse();
	}

	@Test
	void aReplicaLearnsOfAnotherWritersChangeWhenItReadsTheVersionAndOfItsOwnAtOnce() {
		this.versions.refresh();
		assertThat(this.versions.current()).isZero();
		assertThat(this.published).as("the first read is no change").isEmpty();

		// Another writer.
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> ChangeLog.recorder(3).append(tx, Change.bulk(ChangeKind.GENERATOR, "generator: 1 Topic")));
		}
		assertThat(this.versions.current()).as("not read yet").isZero();
		this.versions.refresh();
		assertThat(this.versions.current()).isOne();
		assertThat(this.published).containsExactly(new GraphVersionChanged(1));

		// This replica's own write, outside a Spring transaction: current at once.
		this.log.append(Change.of(ChangeKind.ADD_SOURCE, List.of("source:9"), "curator"));
		assertThat(this.versions.current()).isEqualTo(2);
		assertThat(this.published).containsExactly(new GraphVersionChanged(1), new GraphVersionChanged(2));

		// The database was replaced (restored from a dump): a lower version is new too.
		driver.executableQuery("MATCH (v:__OncoGraphVersion) SET v.version = 1").execute();
		this.versions.refresh();
		assertThat(this.versions.current()).isOne();
	}

}
