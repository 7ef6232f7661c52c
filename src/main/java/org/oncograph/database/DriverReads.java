package org.oncograph.database;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CypherReads} through Spring Data Neo4j's client, in a read-only transaction of
 * the transaction manager (its timeout, its bookmarks, so a read after a write on a
 * cluster sees the write): the way to an external database.
 */
final class DriverReads implements CypherReads {

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	DriverReads(Neo4jClient client, PlatformTransactionManager transactions) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
	}

	@Override
	public List<Record> read(String statement, Map<String, Object> parameters) {
		List<Record> rows = this.transactions.execute(status -> List.copyOf(this.client.query(statement)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all()));
		return (rows != null) ? rows : List.of();
	}

}
