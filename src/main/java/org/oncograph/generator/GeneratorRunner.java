package org.oncograph.generator;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.oncograph.version.ChangeLog;
import org.oncograph.version.GraphVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Loads a synthetic graph at startup when {@code oncograph.generator.scale} is set (after
 * the scripts of {@code cypher/} are applied), into the embedded database or the one of
 * {@code NEO4J_URI}:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--oncograph.generator.scale=1"}.
 */
@Component
@ConditionalOnProperty("oncograph.generator.scale")
class GeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

	private final Driver driver;

	private final SessionConfig session;

	private final ChangeLog changes;

	private final GraphVersions versions;

	private final GenerationPlan plan;

	GeneratorRunner(Driver driver, DatabaseSelectionProvider databaseSelection, ChangeLog changes,
			GraphVersions versions, @Value("${oncograph.generator.scale}") double scale,
			@Value("${oncograph.generator.seed:42}") long seed) {
		this.driver = driver;
		String database = databaseSelection.getDatabaseSelection().getValue();
		this.session = (database == null) ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
		this.changes = changes;
		this.versions = versions;
		this.plan = GenerationPlan.of(scale, seed);
	}

	@Override
	public void run(ApplicationArguments args) {
		GraphGenerator.generate(this.driver, this.session, this.plan, log::info, this.changes.recorder());
		// Every cache of this replica drops what it read before, at once.
		this.versions.refresh();
	}

}
