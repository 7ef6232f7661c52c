package org.oncograph.database;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@link CypherReads} of the mode the app runs in: in-process on the embedded
 * database, through the driver on an external one.
 */
@Configuration(proxyBeanMethods = false)
class ReadsConfiguration {

	@Bean
	CypherReads cypherReads(ObjectProvider<DatabaseManagementService> embedded, Neo4jClient client,
			PlatformTransactionManager transactions, DatabaseSelectionProvider databaseSelection,
			@Value("${spring.transaction.default-timeout:10s}") Duration timeout) {
		DatabaseManagementService dbms = embedded.getIfAvailable();
		if (dbms == null) {
			return new DriverReads(client, transactions);
		}
		String name = databaseSelection.getDatabaseSelection().getValue();
		return new EmbeddedReads(
				dbms.database((name != null) ? name : GraphDatabaseSettings.initial_default_database.defaultValue()),
				timeout);
	}

}
