package org.oncograph.migration;

import org.neo4j.driver.Session;

/**
 * Fills an empty database at its first start, after the schema script and before the
 * other scripts (an import of a dump). When such a bean exists and the database is not
 * empty, startup stops.
 */
public interface InitialLoad {

	/** What is loaded, for the log and for the startup error (e.g. the file). */
	String description();

	/**
	 * Writes the graph in the session given; the schema (constraints, indexes) is in
	 * place.
	 */
	void load(Session session);

}
