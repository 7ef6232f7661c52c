package org.oncograph.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * the app's {@link CypherReads} (which runs in-process on the embedded database). The
 * benchmark's statements-alone side replays exactly these statements, each the way the
 * app ran it ({@link #inProcess}). Outside recording the wrappers only delegate.
 */
final class StatementRecorder implements BeanPostProcessor {

	private volatile @Nullable List<Query> recording;

	private @Nullable Driver target;

	private @Nullable CypherReads reads;

	/** The statements recorded from {@link CypherReads}, by identity. */
	private final Set<Query> readInProcess = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	/** The app's own driver, unwrapped: what the raw side uses. */
	Driver driver() {
		if (this.target == null) {
			throw new IllegalStateException("The app has no Neo4j driver bean");
		}
		return this.target;
	}

	/** The app's own {@link CypherReads}, unwrapped. */
	CypherReads reads() {
		if (this.reads == null) {
			throw new IllegalStateException("The app has no CypherReads bean");
		}
		return this.reads;
	}

	/**
	 * Whether the app ran this recorded statement through its {@link CypherReads} (in
	 * process on the embedded database) rather than through the driver.
	 */
	boolean inProcess(Query statement) {
		return this.readInProcess.contains(statement);
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
			this.reads = reads;
			return (CypherReads) (statement, parameters) -> {
				Query recorded = record(new Object[] { statement, parameters });
				if (recorded != null) {
					this.readInProcess.add(recorded);
				}
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

	/** The statement recorded, or null when not recording. */
	@SuppressWarnings("unchecked")
	private @Nullable Query record(Object[] args) {
		List<Query> statements = this.recording;
		if (statements == null) {
			return null;
		}
		Query query = null;
		if (args[0] instanceof Query given) {
			query = given;
		}
		else if (args[0] instanceof String text) {
			Object parameters = (args.length > 1) ? args[1] : null;
			if (parameters instanceof Map<?, ?> map) {
				query = new Query(text, (Map<String, Object>) map);
			}
			else if (parameters instanceof Value value) {
				query = new Query(text, value);
			}
			else {
				query = new Query(text);
			}
		}
		if (query != null) {
			statements.add(query);
		}
		return query;
	}

}
