package org.oncograph.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j, used when no {@code NEO4J_URI} is set.
 *
 * @param dataDir where the store lives; it persists across restarts
 * @param boltHost the interface the Bolt connector listens on
 * @param boltPort the Bolt port; 0 picks a free one
 * @param transactionTimeout the longest a transaction may run before the database stops
 * it
 * @param transactionMaxMemory the most heap one transaction may use
 * @param pageCache the memory that caches the store files
 */
@ConfigurationProperties("oncograph.embedded")
record EmbeddedNeo4jProperties(Path dataDir, String boltHost, int boltPort, Duration transactionTimeout,
		DataSize transactionMaxMemory, DataSize pageCache) {
}
