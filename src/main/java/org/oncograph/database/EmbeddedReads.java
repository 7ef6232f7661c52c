package org.oncograph.database;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.ListValue;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;

/**
 * {@link CypherReads} in the app's own process, through the embedded database's
 * transactions: the rows are read on the calling thread and turned into the driver's
 * values (nodes, relationships, maps, lists, scalars) while the transaction is open. Only
 * the app's fixed read statements come here (the callers' texts are constants; their
 * values are parameters), so the transaction needs no read-only mode to stay a read.
 */
final class EmbeddedReads implements CypherReads {

	private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

	private final GraphDatabaseService database;

	private final Duration timeout;

	EmbeddedReads(GraphDatabaseService database, Duration timeout) {
		this.database = database;
		this.timeout = timeout;
	}

	@Override
	public List<Record> read(String statement, Map<String, Object> parameters) {
		try (Transaction tx = this.database.beginTx(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
				Result result = tx.execute(statement, parameters)) {
			List<String> keys = result.columns();
			List<Record> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				List<Value> values = new ArrayList<>(keys.size());
				for (String key : keys) {
					values.add(value(row.get(key)));
				}
				rows.add(new InternalRecord(keys, values));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/** An embedded value as the driver would have decoded it from Bolt. */
	static Value value(@Nullable Object value) {
		if (value == null) {
			return Values.NULL;
		}
		if (value instanceof Node node) {
			return node(node);
		}
		if (value instanceof Relationship relationship) {
			return relationship(relationship);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>();
			map.forEach((key, item) -> values.put((String) key, value(item)));
			return new MapValue(values);
		}
		if (value instanceof Iterable<?> list) {
			List<Value> values = new ArrayList<>();
			list.forEach(item -> values.add(value(item)));
			return new ListValue(values);
		}
		if (value.getClass().isArray() && !(value instanceof byte[])) {
			List<Value> values = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				values.add(value(Array.get(value, i)));
			}
			return new ListValue(values);
		}
		return Values.value(value);
	}

	@SuppressWarnings("deprecation") // the driver's node and relationship carry the
										// legacy id too
	private static Value node(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()))
			.asValue();
	}

	@SuppressWarnings("deprecation")
	private static Value relationship(Relationship relationship) {
		Node start = relationship.getStartNode();
		Node end = relationship.getEndNode();
		return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
				start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
				properties(relationship.getAllProperties()))
			.asValue();
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> values = new LinkedHashMap<>();
		properties.forEach((key, item) -> values.put(key, value(item)));
		return values;
	}

	/**
	 * The failure as the driver path reports it: a {@link DataAccessException} caused by
	 * the driver's exception with Neo4j's status code, so that a timeout is told from
	 * other failures in one place whichever way the statement ran.
	 */
	static DataAccessException translate(RuntimeException ex) {
		String code = code(ex);
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		Neo4jException driver;
		if (code.startsWith("Neo.ClientError.")) {
			driver = new ClientException(code, message);
		}
		else if (code.startsWith("Neo.TransientError.")) {
			driver = new TransientException(code, message);
		}
		else {
			driver = new DatabaseException(code, message);
		}
		driver.addSuppressed(ex);
		DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(driver);
		return (translated != null) ? translated : new DataAccessResourceFailureException(message, driver);
	}

	private static String code(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Status.HasStatus status) {
				return status.status().code().serialize();
			}
			if (cause instanceof QueryExecutionException query && query.getStatusCode() != null) {
				return query.getStatusCode();
			}
		}
		return "Neo.DatabaseError.General.UnknownError";
	}

}
