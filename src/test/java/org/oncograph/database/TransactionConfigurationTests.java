package org.oncograph.database;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.oncograph.database.TransactionConfiguration.CommitFailures;

import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The transaction manager's driver: a commit Neo4j refuses is a
 * TransactionSystemException holding Neo4j's error (so that Spring does not roll back the
 * closed transaction and hide it), everything else is the real driver's.
 */
class TransactionConfigurationTests {

	private final Driver real = mock(Driver.class);

	private final Session session = mock(Session.class);

	private final Transaction transaction = mock(Transaction.class);

	private final Driver driver = CommitFailures.of(this.real);

	TransactionConfigurationTests() {
		given(this.real.session(any(SessionConfig.class))).willReturn(this.session);
		given(this.session.beginTransaction(any(TransactionConfig.class))).willReturn(this.transaction);
	}

	@Test
	void aRefusedCommitIsATransactionSystemExceptionHoldingNeo4jsError() {
		var timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated.");
		willThrow(timedOut).given(this.transaction).commit();
		Transaction transaction = this.driver.session(SessionConfig.defaultConfig())
			.beginTransaction(TransactionConfig.empty());
		assertThatExceptionOfType(TransactionSystemException.class).isThrownBy(transaction::commit)
			.withCause(timedOut)
			.withMessageContaining("The transaction has been terminated.");
	}

	@Test
	void statementsAndRollbacksFailAsTheyDo() {
		var syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'");
		given(this.transaction.run("MATC (n) RETURN n")).willThrow(syntax);
		Transaction transaction = this.driver.session(SessionConfig.defaultConfig())
			.beginTransaction(TransactionConfig.empty());
		assertThatExceptionOfType(ClientException.class).isThrownBy(() -> transaction.run("MATC (n) RETURN n"))
			.isSameAs(syntax);
		willThrow(syntax).given(this.transaction).rollback();
		assertThatExceptionOfType(ClientException.class).isThrownBy(transaction::rollback).isSameAs(syntax);
		transaction.close();
		verify(this.transaction).close();
	}

	@Test
	void theTransactionBoundUnderTheManagersDriverIsFoundUnderTheRealOne() {
		TransactionSynchronizationManager.bindResource(this.driver, "holder");
		try {
			assertThat(TransactionSynchronizationManager.getResource(this.real)).isEqualTo("holder");
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this.real);
		}
	}

}
