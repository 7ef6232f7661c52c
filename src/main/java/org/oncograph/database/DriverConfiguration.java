package org.oncograph.database;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of Spring Boot's Neo4j driver, for the embedded database and an external one
 * alike.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	/**
	 * The driver logs through SLF4J, so that its debug messages are built only when
	 * Spring Boot's logging level asks for them. With the driver's default, the JDK's
	 * {@code System.Logger}, the Bolt layer hands every message to the driver's logger,
	 * which formats it before the level is checked: each {@code RUN} with all its
	 * parameters, so the rows of every batch a load sends would be formatted into a
	 * discarded string (BENCHMARKS.md, fix 13).
	 */
	@Bean
	ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
