package org.oncograph.version;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * This replica's view of the graph's version: read once at startup (after the scripts of
 * {@code cypher/}), moved at once by this replica's own writes when they commit
 * ({@link ChangeLog#append(Change)}), and read again every
 * {@code oncograph.version.poll-interval} in the background, so a write by any other
 * writer is seen within that interval. Each new version is published as a
 * {@link GraphVersionChanged}, which drops what the caches computed earlier.
 * <p>
 * Reading the version is one index seek ({@code oncograph_graph_version_read_seconds}
 * measures it), and {@link #current()} reads no database at all: the caches ask it on
 * every request. A version lower than the one known (the database was replaced by a
 * restore) counts as a new version too.
 */
@Component
public class GraphVersions implements SmartLifecycle, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(GraphVersions.class);

	/** The version (0 in a database no write has recorded one in yet). */
	static final String CURRENT = """
			OPTIONAL MATCH (v:__OncoGraphVersion {id: 'graph'})
			RETURN coalesce(v.version, 0) AS version""";

	/** Before the web server, which starts and stops in the phases above this one. */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final Driver driver;

	private final SessionConfig session;

	private final Duration interval;

	private final ApplicationEventPublisher events;

	private final AtomicLong current = new AtomicLong(-1);

	/** Counts this replica's commits, so a poll that overlapped one does not undo it. */
	private final AtomicLong commits = new AtomicLong();

	private @Nullable ScheduledExecutorService poller;

	private @Nullable Timer reads;

	GraphVersions(Driver driver, DatabaseSelectionProvider databaseSelection, VersionProperties properties,
			ApplicationEventPublisher events) {
		this.driver = driver;
		String database = databaseSelection.getDatabaseSelection().getValue();
		this.session = (database == null) ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
		this.interval = properties.pollInterval();
		this.events = events;
	}

	/**
	 * The version this replica knows to be current, without reading the database; -1
	 * before the first read.
	 */
	public long current() {
		return this.current.get();
	}

	/** The longest a write elsewhere stays unseen here (the poll interval). */
	public Duration pollInterval() {
		return this.interval;
	}

	/**
	 * Reads the version from the database now and publishes it if it is new; returns it.
	 */
	public long refresh() {
		long before = this.commits.get();
		long started = System.nanoTime();
		long read;
		try (var session = this.driver.session(this.session)) {
			read = session.executeRead(tx -> tx.run(CURRENT).single().get("version").asLong());
		}
		Timer timer = this.reads;
		if (timer != null) {
			timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
		long known = this.current.get();
		if (read > known || (read < known && this.commits.get() == before)) {
			move(known, read);
		}
		return read;
	}

	/** After this replica's write recorded {@code version} and committed. */
	void committed(long version) {
		this.commits.incrementAndGet();
		long known;
		do {
			known = this.current.get();
			if (version <= known) {
				return;
			}
		}
		while (!this.current.compareAndSet(known, version));
		this.events.publishEvent(new GraphVersionChanged(version));
	}

	/** Publishes nothing for the first read: nothing was cached before it. */
	private void move(long known, long version) {
		if (this.current.compareAndSet(known, version) && known >= 0) {
			this.events.publishEvent(new GraphVersionChanged(version));
		}
	}

	@Override
	public void start() {
		refresh();
		log.info("Graph version {}; read again every {} ms", this.current.get(), this.interval.toMillis());
		var executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("graph-version-poll").daemon(true).factory());
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	private void poll() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// The database is away for a moment: the next poll tries again; until then
			// the caches keep serving the version last seen.
			log.warn("Reading the graph version failed: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.poller;
		if (executor != null) {
			executor.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("oncograph.graph.version", this.current, AtomicLong::get)
			.description("The version of the graph this replica knows to be current")
			.register(registry);
		this.reads = Timer.builder("oncograph.graph.version.read")
			.description("Reads of the graph's version from the database (the background poll)")
			.register(registry);
	}

}
