package org.oncograph.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.oncograph.GraphTest;
import org.oncograph.error.OncoGraphException;
import org.oncograph.version.ChangeLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@GraphTest
class CypherMigrationsTests {

	@Autowired
	Driver driver;

	@Autowired
	CypherMigrations migrations;

	@Autowired
	DatabaseSelectionProvider databaseSelection;

	@Autowired
	ChangeLog changes;

	@Test
	void everyScriptIsRecordedWithItsChecksum() throws IOException {
		var recorded = this.driver
			.executableQuery("MATCH (m:__OncoGraphMigration) RETURN m.source AS file, m.checksum AS checksum")
			.execute()
			.records();
		var scripts = scripts();
		assertThat(recorded).hasSize(scripts.size());
		for (Resource script : scripts) {
			var parsed = CypherScript.parse(script.getFilename(), script.getContentAsString(StandardCharsets.UTF_8));
			assertThat(recorded).anySatisfy(row -> {
				assertThat(row.get("file").asString()).isEqualTo(parsed.file());
				assertThat(row.get("checksum").asString()).isEqualTo(parsed.checksum());
			});
		}
	}

	@Test
	void applyingAgainIsANoOp() {
		var before = fingerprint();
		assertThat(this.migrations.apply()).isEmpty();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void everyStatementIsIdempotent() throws IOException {
		var before = fingerprint();
		try (var session = this.driver.session()) {
			for (Resource script : scripts()) {
				for (String statement : CypherScript
					.parse(script.getFilename(), script.getContentAsString(StandardCharsets.UTF_8))
					.statements()) {
					if (CypherScript.commitsInBatches(statement)) {
						session.run(statement).consume();
					}
					else {
						session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
					}
				}
			}
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void anEditedAppliedScriptStopsStartupNamingTheFile(@TempDir Path dir) throws IOException {
		for (Resource script : scripts()) {
			Files.writeString(dir.resolve(script.getFilename()), script.getContentAsString(StandardCharsets.UTF_8));
		}
		Files.writeString(dir.resolve("V0002__Reference_data.cypher"), "// an edit\n",
				java.nio.file.StandardOpenOption.APPEND);
		var edited = new CypherMigrations(this.driver, this.databaseSelection, dir.toUri() + "V*__*.cypher",
				this.changes.recorder());
		var before = fingerprint();
		assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(edited::apply)
			.withMessageContaining("cypher/V0002__Reference_data.cypher was changed after it was applied")
			.satisfies(ex -> assertThat(ex.action()).contains("new script"));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aFailingDataScriptLeavesNothingBehind(@TempDir Path dir) throws IOException {
		for (Resource script : scripts()) {
			Files.writeString(dir.resolve(script.getFilename()), script.getContentAsString(StandardCharsets.UTF_8));
		}
		Files.writeString(dir.resolve("V0999__Broken.cypher"), """
				MERGE (t:Entity:Topic {id: 'topic:half-applied'}) SET t.name = 'half';
				MATCH (t:Topic {id: 'topic:half-applied'}) RETURN 1 / 0 AS boom;
				""");
		var broken = new CypherMigrations(this.driver, this.databaseSelection, dir.toUri() + "V*__*.cypher",
				this.changes.recorder());
		var before = fingerprint();
		assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(broken::apply)
			.withMessageContaining("cypher/V0999__Broken.cypher failed");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(this.driver.executableQuery("MATCH (m:__OncoGraphMigration {version: 999}) RETURN count(m) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong()).isZero();
	}

	@Test
	void aFreshStoreRecordsUnderOurOwnLabelOnly() {
		assertThat(count("MATCH (m:__OncoGraphMigration) WHERE m.version IS :: INTEGER NOT NULL"
				+ " AND NOT EXISTS { (m)--() } RETURN count(m) AS n"))
			.isEqualTo(scriptCount());
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).isZero();
		assertThat(constraints()).contains("oncograph_migration_version").doesNotContain("neo4j_migration_version");
	}

	@Test
	void recordsOfAnEarlierVersionAreConvertedWithTheirChecksumsAndNoScriptRunsAgain() {
		var records = records();
		var graph = fingerprint();
		toEarlierShape();
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).isEqualTo(scriptCount());

		assertThat(this.migrations.apply()).isEmpty();
		assertThat(records()).isEqualTo(records);
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).isZero();
		assertThat(constraints()).contains("oncograph_migration_version").doesNotContain("neo4j_migration_version");
		assertThat(fingerprint()).isEqualTo(graph);

		assertThat(this.migrations.apply()).as("again").isEmpty();
		assertThat(records()).isEqualTo(records);
	}

	@Test
	void aConvertedRecordStillGuardsItsScript() {
		var records = records();
		toEarlierShape();
		this.driver.executableQuery("MATCH (m:__Neo4jMigration {version: 2}) SET m.checksum = '1'").execute();
		try {
			assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(this.migrations::apply)
				.withMessageContaining("cypher/V0002__Reference_data.cypher was changed after it was applied")
				.withMessageContaining("recorded 1)");
		}
		finally {
			this.driver.executableQuery("""
					MATCH (m {version: 2}) WHERE m:__Neo4jMigration OR m:__OncoGraphMigration
					SET m.checksum = $checksum""").withParameters(Map.of("checksum", checksum(2))).execute();
			this.migrations.apply();
		}
		assertThat(records()).isEqualTo(records);
	}

	@Test
	void recordsOfNeo4jMigrationsItselfAreLeftAsTheyAre() {
		var records = records();
		this.driver.executableQuery("""
				CREATE (:__Neo4jMigration {version: 'BASELINE'})
				       -[:MIGRATED_TO {checksum: '1', at: datetime()}]->(:__Neo4jMigration {version: '0001',
				       description: 'Schema', type: 'CYPHER', source: 'V0001__Schema.cypher'})""").execute();
		try {
			assertThat(this.migrations.apply()).isEmpty();
			assertThat(count("MATCH (:__Neo4jMigration)-[:MIGRATED_TO]->(:__Neo4jMigration) RETURN count(*) AS n"))
				.isOne();
			assertThat(records()).isEqualTo(records);
		}
		finally {
			this.driver.executableQuery("MATCH (m:__Neo4jMigration) DETACH DELETE m").execute();
		}
	}

	@Test
	void recordsAnEarlierVersionWroteAgainGiveWayToOurs() {
		// An earlier OncoGraph started on a converted store: it found no records of its
		// own and recorded every script.
		var records = records();
		this.driver.executableQuery("""
				MATCH (m:__OncoGraphMigration)
				CREATE (again:__Neo4jMigration) SET again = properties(m), again.installedOn = datetime()""").execute();
		assertThat(this.migrations.apply()).isEmpty();
		assertThat(records()).isEqualTo(records);
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).isZero();
	}

	/**
	 * The store as earlier versions left it: the same records under neo4j-migrations'
	 * label, with their constraint.
	 */
	private void toEarlierShape() {
		this.driver.executableQuery("DROP CONSTRAINT oncograph_migration_version IF EXISTS").execute();
		this.driver
			.executableQuery("CREATE CONSTRAINT neo4j_migration_version IF NOT EXISTS "
					+ "FOR (m:__Neo4jMigration) REQUIRE m.version IS UNIQUE")
			.execute();
		this.driver
			.executableQuery("MATCH (m:__OncoGraphMigration) SET m:__Neo4jMigration REMOVE m:__OncoGraphMigration")
			.execute();
	}

	/** Every record with all its properties, by version. */
	private List<String> records() {
		return this.driver
			.executableQuery("MATCH (m:__OncoGraphMigration) RETURN properties(m) AS p ORDER BY m.version")
			.execute()
			.records()
			.stream()
			.map(r -> new TreeMap<>(r.get("p").asMap()).toString())
			.toList();
	}

	private static String checksum(int version) {
		return CypherMigrations.load(CypherMigrations.LOCATION)
			.stream()
			.filter(script -> script.version() == version)
			.findFirst()
			.orElseThrow()
			.checksum();
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}

	private static long scriptCount() {
		return CypherMigrations.load(CypherMigrations.LOCATION).size();
	}

	private List<String> constraints() {
		return this.driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
	}

	private static List<Resource> scripts() throws IOException {
		return List.of(new PathMatchingResourcePatternResolver().getResources(CypherMigrations.LOCATION));
	}

	/** Every node and relationship with its labels and properties, in a stable order. */
	private List<String> fingerprint() {
		List<String> lines = new ArrayList<>();
		this.driver
			.executableQuery(
					"MATCH (n) WHERE NOT n:__OncoGraphMigration RETURN labels(n) AS labels, properties(n) AS props")
			.execute()
			.records()
			.forEach(r -> lines.add(r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
		this.driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE NOT a:__OncoGraphMigration
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""")
			.execute()
			.records()
			.forEach(r -> lines.add(r.get("a").asString() + " " + r.get("type").asString() + " " + r.get("b").asString()
					+ " " + new TreeMap<>(r.get("props").asMap())));
		lines.sort(null);
		return lines;
	}

}
