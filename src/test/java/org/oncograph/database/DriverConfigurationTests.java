package org.oncograph.database;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's log messages are built only when the logging level asks for them. */
@Tag("rules")
class DriverConfigurationTests {

	private static final String NAME = "org.neo4j.driver.internal.DriverConfigurationTests";

	private final ch.qos.logback.classic.Logger level = ((LoggerContext) LoggerFactory.getILoggerFactory())
		.getLogger(NAME);

	@AfterEach
	void resetLevel() {
		this.level.setLevel(null);
	}

	@Test
	void debugMessagesAreNotFormattedWhenDebugIsOff() {
		Logger log = driverLogger();
		var parameters = new CountingToString();
		this.level.setLevel(Level.INFO);
		assertThat(log.isDebugEnabled()).isFalse();
		log.debug("C: RUN %s", parameters);
		assertThat(parameters.formatted).hasValue(0);

		this.level.setLevel(Level.DEBUG);
		assertThat(log.isDebugEnabled()).isTrue();
		log.debug("C: RUN %s", parameters);
		assertThat(parameters.formatted).hasValue(1);
	}

	private static Logger driverLogger() {
		Config.ConfigBuilder builder = Config.builder();
		new DriverConfiguration().driverLoggingThroughSlf4j().customize(builder);
		return builder.build().logging().getLog(NAME);
	}

	/** A parameter that counts how often it is turned into text. */
	private static final class CountingToString {

		final AtomicInteger formatted = new AtomicInteger();

		@Override
		public String toString() {
			this.formatted.incrementAndGet();
			return "{rows: […]}";
		}

	}

}
