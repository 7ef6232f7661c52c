package org.oncograph.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Value;
import org.oncograph.database.CypherReads;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Records the Cypher statements the app sends, with their parameters, while
 * {@link #record} runs: the app's {@link Driver} bean is wrapped so that every session
 * and transaction it hands out reports each {@code run}, and so does each {@code read} of
 * the app's {@link CypherReads} (which runs in-process on the embedded database). The raw
 * driver side of the benchmark replays exactly these statements. Outside recording the
 * wrappers only delegate.
 */
final class StatementRecorder implements BeanPostProcessor {

	private volatile @Nullable List<Query> recording;

	private @Nullable Driver target;

	/** The app's own driver, unwrapped: what the raw side uses. */
	Driver driver() {
		if (this.target == null) {
			throw new IllegalStateException("The app has no Neo4j driver bean");
		}
		return this.target;
	}

	/** The statements sent while {@code action} runs, in the order sent. */
	List<Query> record(Runnable action) {
		List<Query> statements = Collections.synchronizedList(new ArrayList<>());
		this.recording = statements;
		try {
			action.run();
		}
		finally {
			this.recording = null;
		}
		return List.copyOf(statements);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver && !Proxy.isProxyClass(bean.getClass())) {
			this.target = driver;
			return wrap(driver);
		}
		if (bean instanceof CypherReads reads) {
			return (CypherReads) (statement, parameters) -> {
				record(new Object[] { statement, parameters });
				return reads.read(statement, parameters);
			};
		}
		return bean;
	}

	private Object wrap(Object target) {
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(type -> Modifier.isPublic(type.getModifiers()))
			.toArray(Class<?>[]::new);
		return Proxy.newProxyInstance(target.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				record(args);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return wraps(method, result) ? wrap(result) : result;
		});
	}

	/**
	 * Sessions and transactions are wrapped so that their statements are seen; results
	 * and the rest are not.
	 */
	private static boolean wraps(Method method, @Nullable Object result) {
		return result != null && method.getReturnType().isInterface()
				&& (result instanceof org.neo4j.driver.BaseSession || result instanceof org.neo4j.driver.Transaction);
	}

	@SuppressWarnings("unchecked")
	private void record(Object[] args) {
		List<Query> statements = this.recording;
		if (statements == null) {
			return;
		}
		if (args[0] instanceof Query query) {
			statements.add(query);
		}
		else if (args[0] instanceof String text) {
			Object parameters = (args.length > 1) ? args[1] : null;
			if (parameters instanceof Map<?, ?> map) {
				statements.add(new Query(text, (Map<String, Object>) map));
			}
			else if (parameters instanceof Value value) {
				statements.add(new Query(text, value));
			}
			else {
				statements.add(new Query(text));
			}
		}
	}

}
