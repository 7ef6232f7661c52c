package org.oncograph.database;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * One read statement in a read transaction of its own, its rows as the driver's
 * {@link Record}s: how the hottest reads (an entity by id with its relationship fields, a
 * relationship field for a batch of parents) reach the graph. On the embedded database
 * the statement runs in-process ({@link EmbeddedReads}): no Bolt round trips, and no
 * network event loops shared with the large answers of other requests, which held cheap
 * lookups for seconds under load (BENCHMARKS.md, issue 20). On an external database it
 * runs through Spring Data Neo4j's client as every other statement does
 * ({@link DriverReads}). The rows are the same either way, so the code that maps them is
 * written once.
 */
public interface CypherReads {

	/**
	 * The rows of {@code statement}, run with {@code parameters} in a read transaction
	 * bounded by the query timeout ({@code ONCOGRAPH_QUERY_TIMEOUT}). A failure is a
	 * Spring {@code DataAccessException} whose cause is the driver's exception with
	 * Neo4j's status code, whichever way the statement ran.
	 */
	List<Record> read(String statement, Map<String, Object> parameters);

}
