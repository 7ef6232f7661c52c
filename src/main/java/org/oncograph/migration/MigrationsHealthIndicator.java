package org.oncograph.migration;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: UP when the graph records every script of {@code cypher/} (a
 * {@code :__OncoGraphMigration} node each) with the checksum of its text, DOWN when one
 * is missing or differs (someone changed the database or the scripts under a running
 * app).
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Driver driver;

	private final SessionConfig session;

	private final List<CypherScript> scripts;

	MigrationsHealthIndicator(Driver driver, DatabaseSelectionProvider databaseSelection) {
		super("Cypher scripts check failed");
		this.driver = driver;
		this.session = CypherMigrations.sessionConfig(databaseSelection);
		this.scripts = CypherMigrations.load(CypherMigrations.LOCATION);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try (var session = this.driver.session(this.session)) {
			var recorded = session.executeRead(tx -> tx.run(
					"MATCH (m:__OncoGraphMigration) RETURN m.version AS version, m.checksum AS checksum ORDER BY version")
				.list(r -> r.get("version").asInt() + ":" + r.get("checksum").asString()));
			var expected = this.scripts.stream().map(s -> s.version() + ":" + s.checksum()).toList();
			(recorded.equals(expected) ? builder.up() : builder.down()).withDetail("scripts", expected.size())
				.withDetail("applied", recorded.size())
				.withDetail("latest", this.scripts.isEmpty() ? "none" : this.scripts.getLast().file());
		}
	}

}
