package org.oncograph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the app sends through its {@link Neo4jClient} (every read
 * of the API goes through it): the client bean is wrapped in a proxy that counts each
 * {@code query(...)} before delegating.
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
		if (!(bean instanceof Neo4jClient client)) {
			return bean;
		}
		return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, args) -> {
					if (method.getName().equals("query")) {
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
