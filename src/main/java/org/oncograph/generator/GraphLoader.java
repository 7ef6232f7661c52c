package org.oncograph.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.oncograph.model.NameKey;
import org.oncograph.version.Change;
import org.oncograph.version.ChangeKind;
import org.oncograph.version.ChangeRecorder;

/**
 * Writes what {@link SyntheticGraph} makes in batches of one parameterized {@code UNWIND}
 * statement per label or relationship type, on writer threads, so that making the next
 * batch overlaps writing this one and one writer's batch is sent, run and committed while
 * another's is. Relationships find their ends by id through the uniqueness constraints of
 * {@code cypher/V0001__Schema.cypher}; none is sent before every node is committed. Each
 * batch advances the graph's version in its own transaction (a {@code GENERATOR} change
 * naming its label or type and size).
 */
final class GraphLoader implements SyntheticGraph.Sink {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z_]*");

	/** Buffer keys of relationship types start with it; those of labels do not. */
	private static final String RELATIONSHIP = "->";

	/**
	 * Properties are written as a literal map of the batch's keys ({@code {id: row.id,
	 * …}}; a null value sets nothing) rather than {@code SET r = row}, which plans an
	 * Eager operator (BENCHMARKS.md, fix 6).
	 */
	private static final String NODES = "UNWIND $rows AS row CREATE (n:%s %s)";

	private static final String RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:%s {id: row.a})
			MATCH (b:Entity {id: row.b})
			CREATE (a)-[:%s %s]->(b)""";

	private record Batch(String statement, String key, boolean relationships, List<Map<String, Object>> rows) {
	}

	private static final Batch END = new Batch("", "", false, List.of());

	private final Driver driver;

	private final SessionConfig session;

	private final int batchSize;

	private final Consumer<String> progress;

	private final ChangeRecorder changes;

	private final Map<String, List<Map<String, Object>>> buffers = new LinkedHashMap<>();

	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);

	private final Map<String, Long> nodes = new TreeMap<>();

	private final Map<String, Long> relationships = new TreeMap<>();

	private final List<Thread> writers;

	private final long started = System.nanoTime();

	private volatile @Nullable Throwable failure;

	/** When the last node batch was committed. */
	private volatile long nodesCommitted;

	private long rowsSent;

	private int nodeBatchesSent;

	/** Guarded by {@code this}. */
	private int nodeBatchesCommitted;

	private long lastReport = System.nanoTime();

	GraphLoader(Driver driver, SessionConfig session, int batchSize, int writers, Consumer<String> progress,
			ChangeRecorder changes) {
		this.driver = driver;
		this.changes = changes;
		this.session = session;
		this.batchSize = batchSize;
		this.progress = progress;
		this.writers = IntStream.range(0, writers)
			.mapToObj(i -> Thread.ofPlatform().name("graph-loader-" + i).start(this::write))
			.toList();
	}

	@Override
	public void node(String label, Map<String, Object> properties) {
		add(label.equals("Source") ? "Source" : "Entity:" + checked(label), false, properties);
	}

	@Override
	public void relationship(String type, String from, String to, Map<String, Object> properties) {
		add(RELATIONSHIP + checked(type), true, Map.of("a", from, "b", to, "p", properties));
	}

	/**
	 * Sends the last node batches and waits until every node is committed, so that
	 * relationships find their ends.
	 */
	@Override
	public void nodesDone() {
		flushAll();
		synchronized (this) {
			while (this.nodeBatchesCommitted < this.nodeBatchesSent && this.failure == null) {
				try {
					wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while loading", ex);
				}
			}
		}
		rethrow();
		this.nodesCommitted = System.nanoTime();
	}

	/**
	 * Writes what is left, waits for the writers and returns the counts; throws what a
	 * writer met.
	 */
	GenerationSummary finish(GenerationPlan plan) {
		flushAll();
		this.writers.forEach(writer -> put(END));
		try {
			for (Thread writer : this.writers) {
				writer.join();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
		rethrow();
		long now = System.nanoTime();
		long nodesDone = (this.nodesCommitted == 0) ? now : this.nodesCommitted;
		return new GenerationSummary(plan, Map.copyOf(this.nodes), Map.copyOf(this.relationships),
				(nodesDone - this.started) / 1e9, (now - nodesDone) / 1e9);
	}

	private void add(String key, boolean relationship, Map<String, Object> row) {
		List<Map<String, Object>> buffer = this.buffers.computeIfAbsent(key, k -> new ArrayList<>(this.batchSize));
		buffer.add(row);
		if (buffer.size() >= this.batchSize) {
			flush(key, relationship);
		}
	}

	private void flushAll() {
		for (String key : List.copyOf(this.buffers.keySet())) {
			flush(key, key.startsWith(RELATIONSHIP));
		}
	}

	private void flush(String key, boolean relationship) {
		List<Map<String, Object>> rows = this.buffers.remove(key);
		if (rows == null || rows.isEmpty()) {
			return;
		}
		String name = key.replace(RELATIONSHIP, "");
		String statement = relationship ? RELATIONSHIPS.formatted(name.equals("MENTIONS") ? "Source" : "Entity", name,
				properties(rows, "row.p.")) : NODES.formatted(name, properties(rows, "row."));
		if (!relationship && name.startsWith("Entity:")) {
			statement += " SET n." + NameKey.PROPERTY + " = " + NameKey.of("n");
		}
		put(new Batch(statement, name, relationship, rows));
		this.rowsSent += rows.size();
		if (!relationship) {
			this.nodeBatchesSent++;
		}
		long now = System.nanoTime();
		if (now - this.lastReport > 5_000_000_000L) {
			this.lastReport = now;
			this.progress.accept(report());
		}
	}

	private String report() {
		double seconds = (System.nanoTime() - this.started) / 1e9;
		long nodeCount;
		long relationshipCount;
		synchronized (this) {
			nodeCount = this.nodes.values().stream().mapToLong(Long::longValue).sum();
			relationshipCount = this.relationships.values().stream().mapToLong(Long::longValue).sum();
		}
		return String.format(
				"generator: %,d nodes, %,d relationships written in %.0f s (%,.0f relationships/s overall)", nodeCount,
				relationshipCount, seconds, relationshipCount / seconds);
	}

	private void put(Batch batch) {
		rethrow();
		try {
			this.queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
	}

	private void write() {
		try (var session = this.driver.session(this.session)) {
			for (Batch batch = this.queue.take(); batch != END; batch = this.queue.take()) {
				Batch current = batch;
				ResultSummary summary = session.executeWrite(tx -> {
					ResultSummary written = tx.run(current.statement(), Map.of("rows", current.rows())).consume();
					this.changes.append(tx, Change.bulk(ChangeKind.GENERATOR,
							"generator: " + current.rows().size() + " " + current.key().replace("Entity:", "")));
					return written;
				});
				synchronized (this) {
					if (current.relationships()) {
						this.relationships.merge(current.key(), (long) summary.counters().relationshipsCreated(),
								Long::sum);
					}
					else {
						this.nodes.merge(current.key().replace("Entity:", ""), (long) summary.counters().nodesCreated(),
								Long::sum);
						this.nodeBatchesCommitted++;
						notifyAll();
					}
				}
			}
		}
		catch (Throwable ex) {
			synchronized (this) {
				this.failure = ex;
				notifyAll();
			}
			this.queue.clear();
		}
	}

	private void rethrow() {
		Throwable ex = this.failure;
		if (ex != null) {
			throw new IllegalStateException("Loading the synthetic graph failed: " + ex.getMessage(), ex);
		}
	}

	/** {@code {key: row.key, …}} over every key of the batch's property maps. */
	@SuppressWarnings("unchecked")
	private static String properties(List<Map<String, Object>> rows, String prefix) {
		var keys = new java.util.TreeSet<String>();
		for (Map<String, Object> row : rows) {
			Object properties = prefix.equals("row.") ? row : Objects.requireNonNull(row.get("p"));
			keys.addAll(((Map<String, Object>) properties).keySet());
		}
		var map = new java.util.StringJoiner(", ", "{", "}");
		keys.forEach(key -> map.add(checkedKey(key) + ": " + prefix + key));
		return map.toString();
	}

	private static String checkedKey(String key) {
		if (!key.matches("[a-zA-Z]+")) {
			throw new IllegalArgumentException("Not a property key: " + key);
		}
		return key;
	}

	private static String checked(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a label or relationship type: " + name);
		}
		return name;
	}

}
