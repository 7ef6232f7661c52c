package org.oncograph.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.InfrastructureProxy;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.TransactionSystemException;

/**
 * Spring Data Neo4j's transaction manager, as Spring Boot would make it (with
 * {@code spring.transaction.*} applied), except that a commit Neo4j refuses fails with
 * Neo4j's error inside a {@link TransactionSystemException}.
 * <p>
 * Spring Data Neo4j rethrows such an error as it is; Spring then rolls back, Spring Data
 * Neo4j finds the driver's transaction already closed, and its "Transaction must be open,
 * but has already been closed" replaces Neo4j's error (a query timeout that lands at
 * commit, say) before any caller sees it. A {@code TransactionException} from a commit is
 * not rolled back (unless {@code spring.transaction.rollback-on-commit-failure} is set),
 * so Neo4j's error reaches the caller, and {@code GraphQlErrors} can tell a timeout from
 * other failures.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databaseSelection,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		var manager = new Neo4jTransactionManager(CommitFailures.of(driver), databaseSelection);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/**
	 * The driver, its sessions and their transactions as they are, but for
	 * {@link Transaction#commit()}. The driver is an {@link InfrastructureProxy} of the
	 * real one, so that the transaction it binds to the thread is found under the real
	 * driver by Spring Data Neo4j's {@code Neo4jClient}.
	 */
	record CommitFailures(Object target) implements InvocationHandler {

		static Driver of(Driver driver) {
			return proxy(Driver.class, driver, InfrastructureProxy.class);
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			switch (method.getName()) {
				case "getWrappedObject" -> {
					return this.target;
				}
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				default -> {
				}
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof Neo4jException refused && this.target instanceof Transaction
						&& method.getName().equals("commit")) {
					throw new TransactionSystemException(
							"Neo4j did not commit the transaction: " + refused.getMessage(), refused);
				}
				throw ex.getCause();
			}
			if (method.getReturnType() == Session.class && result instanceof Session session) {
				return proxy(Session.class, session);
			}
			if (method.getReturnType() == Transaction.class && result instanceof Transaction transaction) {
				return proxy(Transaction.class, transaction);
			}
			return result;
		}

		private static <T> T proxy(Class<T> type, T target, Class<?>... more) {
			Class<?>[] types = new Class<?>[more.length + 1];
			types[0] = type;
			System.arraycopy(more, 0, types, 1, more.length);
			return type
				.cast(Proxy.newProxyInstance(CommitFailures.class.getClassLoader(), types, new CommitFailures(target)));
		}

	}

}
