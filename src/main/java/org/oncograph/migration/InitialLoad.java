package org.oncograph.migration;

import org.neo4j.driver.Session;

/**
 * Fills an empty database at its first start, after the schema script and before the
 * other scripts (an import of a dump). When such a bean exists and the database is not
 * empty, startup stops, unless the load {@link #resumes} an unfinished run of its own.
 * <p>
 * A load too large for one transaction writes in several and keeps its progress on a
 * single node labelled {@value #PROGRESS_LABEL}, in the same transactions as the data,
 * and deletes it when done. While that node exists the database holds a partial graph:
 * startup without the load stops, so no script runs on it and no request reads it.
 */
public interface InitialLoad {

	/** The label of the node on which an unfinished load keeps its progress. */
	String PROGRESS_LABEL = "__OncoGraphLoad";

	/** What is loaded, for the log and for the startup error (e.g. the file). */
	String description();

	/**
	 * Whether the database, which is not empty, holds only what an unfinished run of this
	 * same load wrote, so that {@link #load} may continue it; false by default.
	 */
	default boolean resumes(Session session) {
		return false;
	}

	/**
	 * Writes the graph in the session given, in one or more transactions; the schema
	 * (constraints, indexes) is in place. After {@link #resumes} said true, it continues
	 * where the earlier run stopped.
	 */
	void load(Session session);

}
