package org.oncograph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.oncograph.database.CypherReads;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the app sends through its {@link Neo4jClient} and its
 * {@link CypherReads} (every read of the API goes through one of them): each bean is
 * wrapped in a proxy that counts each {@code query(...)} or {@code read(...)} before
 * delegating.
 */
public class CypherStatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	/** The statements sent so far. */
	public int count() {
		return this.statements.get();
	}

	/** The statements sent while running {@code action}. */
	public int countWhile(Runnable action) {
		int before = count();
		action.run();
		return count() - before;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> type = (bean instanceof Neo4jClient) ? Neo4jClient.class
				: (bean instanceof CypherReads) ? CypherReads.class : null;
		if (type == null) {
			return bean;
		}
		Object client = bean;
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			if (method.getName().equals("query") || method.getName().equals("read")) {
				this.statements.incrementAndGet();
			}
			try {
				return method.invoke(client, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		});
	}

}
