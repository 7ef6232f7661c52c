package org.oncograph.version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The graph's version and the log of what each version changed, both in the database: one
 * {@code :__OncoGraphVersion {id: 'graph', version}} node, and one
 * {@code :__OncoGraphChange {version, kind, ids, complete, by, at, description}} node per
 * change. Every write path calls {@link #append} inside its own write transaction, so the
 * version moves exactly when the write commits, and the entries older than
 * {@code oncograph.version.retention} go in the same transaction: the log stays bounded.
 * <p>
 * All writers take the version node's write lock at the end of their transaction (the
 * {@code SET} reads the version under the lock, so no two writes get the same one); it is
 * held only while the transaction commits.
 */
@Component
public class ChangeLog {

	/**
	 * The labels of the version node and the log's entries, as a label expression: they
	 * describe a database's history, not the graph, so a dump leaves them out.
	 */
	public static final String LABELS = "__OncoGraphVersion|__OncoGraphChange";

	/**
	 * Advances the version, records the change, drops what falls out of the retention.
	 */
	static final String APPEND = """
			MERGE (v:__OncoGraphVersion {id: 'graph'})
			SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
			CREATE (c:__OncoGraphChange {version: v.version, kind: $kind, ids: $ids, complete: $complete, by: $by,
			                             at: v.changedAt, description: $description})
			WITH v
			CALL (v) {
			  MATCH (old:__OncoGraphChange) WHERE old.version <= v.version - $retention
			  DELETE old
			}
			RETURN v.version AS version""";

	/**
	 * One page of the log after a version, oldest first, with the version and the oldest
	 * entry kept.
	 */
	static final String PAGE = """
			OPTIONAL MATCH (v:__OncoGraphVersion {id: 'graph'})
			RETURN coalesce(v.version, 0) AS version,
			       COLLECT { MATCH (c:__OncoGraphChange) WHERE c.version > $after
			                 RETURN c ORDER BY c.version LIMIT $first } AS changes,
			       COLLECT { MATCH (o:__OncoGraphChange) WHERE o.version > 0
			                 RETURN o.version ORDER BY o.version LIMIT 1 } AS oldest""";

	private static final List<String> SCHEMA = List.of(
			"CREATE CONSTRAINT oncograph_graph_version IF NOT EXISTS FOR (v:__OncoGraphVersion) REQUIRE v.id IS UNIQUE",
			"CREATE CONSTRAINT oncograph_change_version IF NOT EXISTS"
					+ " FOR (c:__OncoGraphChange) REQUIRE c.version IS UNIQUE");

	private final Neo4jClient neo4j;

	private final GraphVersions versions;

	private final int retention;

	ChangeLog(Neo4jClient neo4j, GraphVersions versions, VersionProperties properties) {
		this.neo4j = neo4j;
		this.versions = versions;
		this.retention = properties.retention();
	}

	/**
	 * Creates the constraints of the version node and the log (each in a transaction of
	 * its own, as Neo4j runs schema commands); idempotent.
	 */
	public static void createSchema(Session session) {
		SCHEMA.forEach(statement -> session.run(statement).consume());
	}

	/**
	 * Records changes in write transactions of the driver that hold the writes (a script,
	 * an import or generator batch), with the app's retention. The caller then calls
	 * {@link GraphVersions#refresh()}, or leaves the poll to find the new version.
	 */
	public ChangeRecorder recorder() {
		return recorder(this.retention);
	}

	/** Records changes in write transactions of the driver, keeping {@code retention}. */
	public static ChangeRecorder recorder(int retention) {
		return (SimpleQueryRunner tx,
				Change change) -> tx.run(APPEND, parameters(change, retention)).single().get("version").asLong();
	}

	/** The current version, in one read. */
	long version() {
		return this.neo4j.query(GraphVersions.CURRENT).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * Records the change in the Spring-managed transaction going on (a mutation's), and
	 * moves this replica to the new version once it commits; returns the new version.
	 */
	public long append(Change change) {
		long version = this.neo4j.query(APPEND)
			.bindAll(parameters(change, this.retention))
			.fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("version").asLong())
			.one()
			.orElseThrow();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ChangeLog.this.versions.committed(version);
				}
			});
		}
		else {
			this.versions.committed(version);
		}
		return version;
	}

	/**
	 * Up to {@code first} changes after version {@code after}, oldest first, in one read.
	 */
	Page page(long after, int first) {
		return this.neo4j.query(PAGE)
			.bindAll(Map.of("after", after, "first", first))
			.fetchAs(Page.class)
			.mappedBy((types, row) -> {
				long version = row.get("version").asLong();
				List<Entry> changes = row.get("changes").asList(ChangeLog::entry);
				List<Long> oldest = row.get("oldest").asList(Value::asLong);
				// Nothing was dropped that the reader has not seen: the entry right after
				// `after` is the oldest kept, or the reader is up to date.
				boolean complete = after >= version || (!oldest.isEmpty() && oldest.getFirst() <= after + 1);
				return new Page(version, changes, complete);
			})
			.one()
			.orElseThrow();
	}

	private static Map<String, Object> parameters(Change change, int retention) {
		return Map.of("kind", change.kind().name(), "ids", change.ids(), "complete", change.complete(), "by",
				change.by(), "description", change.description(), "retention", retention);
	}

	private static Entry entry(Value node) {
		return new Entry(node.get("version").asLong(), ChangeKind.valueOf(node.get("kind").asString()),
				node.get("ids").asList(Value::asString), node.get("complete").asBoolean(), node.get("by").asString(),
				node.get("at").asZonedDateTime().toOffsetDateTime(), node.get("description").asString());
	}

	/** One recorded change. */
	record Entry(long version, ChangeKind kind, List<String> ids, boolean complete, String by, OffsetDateTime at,
			String description) {
	}

	/**
	 * A page of the log.
	 *
	 * @param version the current version
	 * @param changes the changes after the version asked for, oldest first
	 * @param complete false when changes after that version were dropped by the retention
	 * (the reader must assume anything changed)
	 */
	record Page(long version, List<Entry> changes, boolean complete) {
	}

}
