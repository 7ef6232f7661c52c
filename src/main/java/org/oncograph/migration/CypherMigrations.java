package org.oncograph.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.oncograph.error.OncoGraphException;
import org.oncograph.version.Change;
import org.oncograph.version.ChangeKind;
import org.oncograph.version.ChangeLog;
import org.oncograph.version.ChangeRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the app takes requests: every script of
 * {@code classpath:cypher/} not yet recorded as a {@code :__OncoGraphMigration} node is
 * applied, in version order, then recorded with its checksum. An applied script whose
 * text has changed stops startup: scripts are immutable once applied.
 * <p>
 * The record is our own: {@code version} (the script's number), {@code description},
 * {@code source} (the file), {@code checksum}, {@code type}, {@code installedOn} and
 * {@code executionTimeMs} on one node per script, no relationships. Earlier versions
 * wrote the same nodes as {@code :__Neo4jMigration}, the label of neo4j-migrations, whose
 * tooling expects another shape (string versions, a {@code BASELINE} node and a
 * {@code MIGRATED_TO} chain); startup converts them before anything else reads the
 * records.
 */
@Component
class CypherMigrations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

	static final String LOCATION = "classpath*:cypher/V*__*.cypher";

	/**
	 * Records written by OncoGraph before the label of its own: integer versions and no
	 * relationships, which tells them from the records of neo4j-migrations itself (string
	 * versions, a {@code MIGRATED_TO} chain), left as they are.
	 */
	private static final String EARLIER_RECORDS = """
			MATCH (old:__Neo4jMigration)
			WHERE old.version IS :: INTEGER NOT NULL AND NOT EXISTS { (old)--() }
			""";

	private final Driver driver;

	private final SessionConfig session;

	private final String location;

	private final @Nullable InitialLoad initialLoad;

	private final ChangeRecorder changes;

	@Autowired
	CypherMigrations(Driver driver, DatabaseSelectionProvider databaseSelection,
			ObjectProvider<InitialLoad> initialLoad, ChangeLog changes) {
		this(driver, databaseSelection, LOCATION, initialLoad.getIfAvailable(), changes.recorder());
	}

	CypherMigrations(Driver driver, DatabaseSelectionProvider databaseSelection, String location,
			ChangeRecorder changes) {
		this(driver, databaseSelection, location, null, changes);
	}

	CypherMigrations(Driver driver, DatabaseSelectionProvider databaseSelection, String location,
			@Nullable InitialLoad initialLoad, ChangeRecorder changes) {
		this.driver = driver;
		this.session = sessionConfig(databaseSelection);
		this.location = location;
		this.initialLoad = initialLoad;
		this.changes = changes;
	}

	static SessionConfig sessionConfig(DatabaseSelectionProvider databaseSelection) {
		String database = databaseSelection.getDatabaseSelection().getValue();
		return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			apply();
		}
		catch (ServiceUnavailableException | AuthenticationException ex) {
			throw new OncoGraphException.Startup("Cannot connect to Neo4j: " + ex.getMessage(),
					"Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, and that the server is running and reachable"
							+ " (unset NEO4J_URI to use the embedded database).",
					ex);
		}
	}

	/** Applies what is pending and returns the scripts applied now. */
	List<CypherScript> apply() {
		List<CypherScript> scripts = load(this.location);
		try (var session = this.driver.session(this.session)) {
			session
				.run("CREATE CONSTRAINT oncograph_migration_version IF NOT EXISTS "
						+ "FOR (m:__OncoGraphMigration) REQUIRE m.version IS UNIQUE")
				.consume();
			ChangeLog.createSchema(session);
			if (this.initialLoad != null) {
				loadInitially(session, scripts.get(0), this.initialLoad);
			}
			else {
				refuseUnfinishedLoad(session);
			}
			convertEarlierRecords(session);
			Map<Integer, String> applied = new HashMap<>();
			session
				.executeRead(tx -> tx
					.run("MATCH (m:__OncoGraphMigration) RETURN m.version AS version, m.checksum AS checksum")
					.list())
				.forEach(row -> applied.put(row.get("version").asInt(), row.get("checksum").asString()));
			verify(scripts, applied);
			List<CypherScript> pending = scripts.stream().filter(s -> !applied.containsKey(s.version())).toList();
			for (CypherScript script : pending) {
				long started = System.nanoTime();
				try {
					if (script.changesSchema()) {
						// Neo4j runs schema commands only in transactions of their own; a
						// statement that commits in batches (CALL … IN TRANSACTIONS)
						// needs
						// an implicit one.
						script.statements().forEach(statement -> {
							if (CypherScript.commitsInBatches(statement)) {
								session.run(statement).consume();
							}
							else {
								session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
							}
						});
						session.executeWriteWithoutResult(tx -> record(tx, script, started, this.changes));
					}
					else {
						// A data script is applied whole or not at all, with its record
						// (neo4j-migrations' PER_MIGRATION).
						session.executeWriteWithoutResult(tx -> {
							script.statements().forEach(statement -> tx.run(statement).consume());
							record(tx, script, started, this.changes);
						});
					}
				}
				catch (Neo4jException ex) {
					throw new OncoGraphException.Startup("cypher/" + script.file() + " failed: " + ex.getMessage(),
							"Fix the statement and start again; statements are idempotent, so re-running the script"
									+ " is safe.",
							ex);
				}
				log.info("Applied cypher/{} ({} statements, {} ms)", script.file(), script.statements().size(),
						(System.nanoTime() - started) / 1_000_000);
			}
			if (pending.isEmpty()) {
				log.info("Graph up to date: {} scripts applied earlier", applied.size());
			}
			return pending;
		}
	}

	/**
	 * Records the script as applied, and as a change of the graph (a schema script's
	 * statements ran in transactions of their own just before, as Neo4j requires).
	 */
	private static void record(TransactionContext tx, CypherScript script, long started, ChangeRecorder changes) {
		tx.run("""
				CREATE (m:__OncoGraphMigration {version: $version, description: $description, source: $file,
				        checksum: $checksum, type: 'CYPHER', installedOn: datetime(), executionTimeMs: $millis})""",
				Map.of("version", script.version(), "description", script.description(), "file", script.file(),
						"checksum", script.checksum(), "millis", (System.nanoTime() - started) / 1_000_000))
			.consume();
		changes.append(tx, Change.bulk(ChangeKind.SCRIPT, "cypher/" + script.file()));
	}

	/**
	 * Relabels the records an earlier OncoGraph wrote as {@code :__Neo4jMigration} (in
	 * the store, or in a dump it just imported) to {@code :__OncoGraphMigration},
	 * versions, checksums and install times kept, in one transaction, and drops their
	 * constraint; so no script runs again. Where a record of the same version exists
	 * under both labels (an older OncoGraph ran on a converted store and recorded the
	 * scripts again), the one under our label stays. A store without such records is left
	 * as it is.
	 */
	private static void convertEarlierRecords(Session session) {
		long converted = session.executeWrite(tx -> {
			tx.run(EARLIER_RECORDS + """
					  AND EXISTS { MATCH (kept:__OncoGraphMigration) WHERE kept.version = old.version }
					DELETE old""").consume();
			return tx.run(EARLIER_RECORDS + """
					SET old:__OncoGraphMigration
					REMOVE old:__Neo4jMigration
					RETURN count(old) AS converted""").single().get("converted").asLong();
		});
		session.run("DROP CONSTRAINT neo4j_migration_version IF EXISTS").consume();
		if (converted > 0) {
			log.info("Converted the records of {} applied scripts from :__Neo4jMigration to :__OncoGraphMigration",
					converted);
		}
	}

	/**
	 * Stops startup on a database that an initial load left unfinished (its
	 * {@link InitialLoad#PROGRESS_LABEL progress node} is there): it holds part of a
	 * graph, which no script should run on and no request read.
	 */
	private static void refuseUnfinishedLoad(Session session) {
		List<String> unfinished = session.executeRead(tx -> tx
			.run("MATCH (p:" + InitialLoad.PROGRESS_LABEL + ") RETURN coalesce(p.source, 'a load') AS source")
			.list(row -> row.get("source").asString()));
		if (!unfinished.isEmpty()) {
			throw new OncoGraphException.Startup(
					"The database holds an unfinished import of " + unfinished.get(0) + ": only part of its graph.",
					"Start again with ONCOGRAPH_IMPORT naming the same dump to finish the import, or set"
							+ " ONCOGRAPH_DATA_DIR to an empty directory.",
					null);
		}
	}

	/**
	 * Runs the schema script (not recording it: a dump holds the records of the scripts
	 * applied to it, converted after the load if an earlier version wrote it) and the
	 * load, into a database that must be empty, or hold only an unfinished run of the
	 * same load, which then goes on (the schema script is idempotent).
	 */
	private static void loadInitially(Session session, CypherScript schema, InitialLoad load) {
		long nodes = session
			.executeRead(tx -> tx.run("MATCH (n) RETURN count(n) AS nodes").single().get("nodes").asLong());
		boolean resumed = nodes > 0 && load.resumes(session);
		if (nodes > 0 && !resumed) {
			throw new OncoGraphException.Startup(
					"Cannot import " + load.description() + ": the database is not empty (" + nodes + " nodes).",
					"Unset ONCOGRAPH_IMPORT to start on the data there, or set ONCOGRAPH_DATA_DIR to an"
							+ " empty directory to import into a new database.",
					null);
		}
		long started = System.nanoTime();
		for (String statement : schema.statements()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
		}
		if (resumed) {
			log.info("Resuming the unfinished import of {} ({} nodes in the database)", load.description(), nodes);
		}
		load.load(session);
		log.info("Imported {} after cypher/{} ({} ms)", load.description(), schema.file(),
				(System.nanoTime() - started) / 1_000_000);
	}

	static List<CypherScript> load(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<CypherScript> scripts = Arrays.stream(resources)
				.map(CypherMigrations::read)
				.sorted(Comparator.comparingInt(CypherScript::version))
				.toList();
			for (int i = 1; i < scripts.size(); i++) {
				if (scripts.get(i).version() == scripts.get(i - 1).version()) {
					throw new OncoGraphException.Startup("cypher/" + scripts.get(i - 1).file() + " and cypher/"
							+ scripts.get(i).file() + " have the same version.", "Give each script its own version.",
							null);
				}
			}
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CypherScript read(Resource resource) {
		try {
			String file = resource.getFilename();
			return CypherScript.parse(file == null ? resource.getDescription() : file,
					resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException ex) {
			throw new OncoGraphException.Startup(Objects.requireNonNullElse(ex.getMessage(), ex.toString()),
					"Rename it, e.g. V0008__Source_005_title.cypher.", ex);
		}
	}

	private static void verify(List<CypherScript> scripts, Map<Integer, String> applied) {
		for (CypherScript script : scripts) {
			String recorded = applied.get(script.version());
			if (recorded != null && !recorded.equals(script.checksum())) {
				throw new OncoGraphException.Startup(
						"cypher/" + script.file() + " was changed after it was applied" + " (checksum "
								+ script.checksum() + ", recorded " + recorded + ").",
						"Applied scripts are immutable: restore the file and put the change in a new script with a"
								+ " higher version.",
						null);
			}
		}
		var known = scripts.stream().map(CypherScript::version).toList();
		applied.keySet().stream().filter(v -> !known.contains(v)).findFirst().ifPresent(v -> {
			throw new OncoGraphException.Startup(
					"The graph records script version " + v
							+ " that is not in cypher/: it was written by a newer OncoGraph.",
					"Run the version of OncoGraph that applied it, or point at another database.", null);
		});
	}

}
