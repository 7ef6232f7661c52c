package org.oncograph.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.oncograph.GraphTest;
import org.oncograph.error.OncoGraphException;

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

	@Test
	void everyScriptIsRecordedWithItsChecksum() throws IOException {
		var recorded = this.driver.executableQuery("MATCH (m:__Neo4jMigration) RETURN m.source AS file, m.checksum AS checksum")
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
					session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
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
		Files.writeString(dir.resolve("V0002__Reference_data.cypher"), "// an edit\n", java.nio.file.StandardOpenOption.APPEND);
		var edited = new CypherMigrations(this.driver, this.databaseSelection, dir.toUri() + "V*__*.cypher");
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
		var broken = new CypherMigrations(this.driver, this.databaseSelection, dir.toUri() + "V*__*.cypher");
		var before = fingerprint();
		assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(broken::apply)
			.withMessageContaining("cypher/V0999__Broken.cypher failed");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(this.driver.executableQuery("MATCH (m:__Neo4jMigration {version: 999}) RETURN count(m) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong()).isZero();
	}

	private static List<Resource> scripts() throws IOException {
		return List.of(new PathMatchingResourcePatternResolver().getResources(CypherMigrations.LOCATION));
	}

	/** Every node and relationship with its labels and properties, in a stable order. */
	private List<String> fingerprint() {
		List<String> lines = new ArrayList<>();
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN labels(n) AS labels, properties(n) AS props")
			.execute()
			.records()
			.forEach(r -> lines.add(r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
		this.driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""")
			.execute()
			.records()
			.forEach(r -> lines.add(r.get("a").asString() + " " + r.get("type").asString() + " " + r.get("b").asString() + " "
					+ new TreeMap<>(r.get("props").asMap())));
		lines.sort(null);
		return lines;
	}

}
