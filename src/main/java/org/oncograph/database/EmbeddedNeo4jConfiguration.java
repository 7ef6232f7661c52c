package org.oncograph.database;

import java.net.BindException;
import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.io.locker.FileLockException;
import org.oncograph.error.OncoGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in this process, with its store under {@code oncograph.embedded.data-dir}
 * and a Bolt connector, and points Spring Boot's driver at that connector. Skipped when
 * {@code NEO4J_URI} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedNeo4j.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		var bolt = new SocketAddress(properties.boltHost(), properties.boltPort());
		long started = System.nanoTime();
		try {
			var dbms = new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, bolt)
				.setConfig(BoltConnector.advertised_address, bolt)
				// Bolt binds to loopback by default and needs no password, like a local
				// development server.
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
						properties.transactionMaxMemory().toBytes())
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				// Netty otherwise idles ~10 s before letting a stopping app exit.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.build();
			log.info("Embedded Neo4j started in {} ms, store {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
					dataDir, boltAddress(dbms));
			return dbms;
		}
		catch (RuntimeException ex) {
			throw explain(ex, dataDir, bolt);
		}
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
		URI uri = URI.create("bolt://" + boltAddress(embeddedNeo4j));
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}

		};
	}

	/**
	 * The address the Bolt connector actually listens on (it differs from the setting
	 * when the port is 0).
	 */
	private static String boltAddress(DatabaseManagementService dbms) {
		var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.toString();
	}

	private static OncoGraphException explain(RuntimeException ex, java.nio.file.Path dataDir, SocketAddress bolt) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return new OncoGraphException.Startup(
						"The embedded Neo4j cannot open its Bolt port " + bolt + ": it is already in use.",
						"Stop the process that holds it, or set ONCOGRAPH_BOLT_PORT to a free port" + " (0 picks one).",
						ex);
			}
			if (cause instanceof FileLockException) {
				return new OncoGraphException.Startup("The Neo4j store " + dataDir
						+ " is locked by another process (another OncoGraph or Neo4j using the same directory).",
						"Stop that process, or set ONCOGRAPH_DATA_DIR to another directory.", ex);
			}
		}
		return new OncoGraphException.Startup(
				"The embedded Neo4j could not start with store " + dataDir + ": " + ex.getMessage(),
				"Check that the directory is writable and not damaged (its logs are in " + dataDir.resolve("logs")
						+ ").",
				ex);
	}

}
