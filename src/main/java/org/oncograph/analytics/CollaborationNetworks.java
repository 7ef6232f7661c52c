package org.oncograph.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Value;
import org.oncograph.curation.GraphChanged;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.RelationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The projections of the graph analytics and exports work on, one per selection of
 * relationship types, each read once and kept until {@link #invalidate()}: whatever
 * writes to the graph must call it. Exports get the relationships with their properties
 * ({@link #network}); the analyses only the structure ({@link #structure}), which is
 * several times smaller and faster to read, and read in the background, a page at a time,
 * so that a request waits for it no longer than its deadline. A write during that read
 * drops it with the rest: the request waiting for it may get the network as it was read,
 * the next one reads it again.
 */
@Service
public class CollaborationNetworks {

	private static final String PROJECTION = """
			CYPHER 25
			MATCH (n:Entity)
			RETURN n, COLLECT {
			  MATCH (n)-[r:$any($types)]->(m:Entity)
			  RETURN {end: m.id, type: type(r), props: properties(r)}
			} AS out
			ORDER BY n.id""";

	/**
	 * One page of the structure: the entities after {@code $after} in id order (through
	 * the {@code entity_id} index), each in its own transaction, so that no read of a
	 * large graph runs into the transaction timeout.
	 */
	private static final String STRUCTURE = """
			CYPHER 25
			MATCH (n:Entity)
			WHERE n.id > $after
			WITH n
			ORDER BY n.id
			LIMIT $page
			RETURN n, COLLECT {
			  MATCH (n)-[r:$any($types)]->(m:Entity)
			  RETURN {end: m.id, type: type(r)}
			} AS out
			ORDER BY n.id""";

	/**
	 * Entities per page of the structure ({@link #STRUCTURE}), each page in its own
	 * transaction.
	 */
	static final int PAGE = 20_000;

	private static final Logger log = LoggerFactory.getLogger(CollaborationNetworks.class);

	private final Neo4jClient neo4j;

	private final Map<List<String>, Network> cache = new ConcurrentHashMap<>();

	private final Map<List<String>, CompletableFuture<Network>> structures = new ConcurrentHashMap<>();

	private final int page;

	@Autowired
	public CollaborationNetworks(Neo4jClient neo4j) {
		this(neo4j, PAGE);
	}

	/**
	 * With pages of {@code page} entities for the structure (tests read small graphs in
	 * several pages).
	 */
	CollaborationNetworks(Neo4jClient neo4j, int page) {
		this.neo4j = neo4j;
		this.page = page;
	}

	/**
	 * The projection over these relationship types (see
	 * {@link org.oncograph.model.RelationKind#types}), with every relationship's
	 * properties.
	 */
	public Network network(List<String> types) {
		return this.cache.computeIfAbsent(List.copyOf(types), key -> load(PROJECTION, key));
	}

	/**
	 * The projection over these relationship types without the relationships' properties,
	 * for the analyses: read once in the background, and waited for until the deadline,
	 * past which a {@link OncoGraphException.TimedOut} naming {@code field} says it is
	 * still being read (the read goes on, for the next request). A failed read is
	 * forgotten, so the next request reads again.
	 */
	Network structure(List<String> types, Deadline deadline, String field) {
		List<String> key = List.copyOf(types);
		CompletableFuture<Network> future = this.structures.computeIfAbsent(key, k -> CompletableFuture
			.supplyAsync(() -> load(STRUCTURE, k), task -> Thread.ofVirtual().name("network-projection").start(task)));
		try {
			return future.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new OncoGraphException.TimedOut(field, String.format(Locale.ROOT,
					"The network over %s is still being read from the database after %s; ask again in a moment (it"
							+ " is read once, then kept until the graph changes).",
					String.join(", ", key), deadline.budgetText()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OncoGraphException.TimedOut(field, "The request was interrupted while the network was read.");
		}
		catch (ExecutionException ex) {
			this.structures.remove(key, future);
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Forgets every projection, so the next request reads the graph again. Call it after
	 * any write.
	 */
	public void invalidate() {
		this.cache.clear();
		this.structures.clear();
	}

	/**
	 * Drops the projections once a mutation's write transaction has committed, so no
	 * analysis serves stale data.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void graphChanged(GraphChanged change) {
		invalidate();
	}

	private Network load(String statement, List<String> types) {
		long started = System.nanoTime();
		LinkedHashMap<String, Entity> entities = new LinkedHashMap<>();
		List<NetworkEdge> edges = new ArrayList<>();
		int pages = 0;
		if (statement == STRUCTURE) {
			String after = "";
			int read;
			do {
				read = read(statement, Map.of("types", types, "after", after, "page", this.page), entities, edges);
				pages++;
				after = (entities.isEmpty()) ? after : entities.sequencedKeySet().getLast();
			}
			while (read == this.page);
		}
		else {
			read(statement, Map.of("types", types), entities, edges);
			pages++;
		}
		Network network = new Network(types, entities, edges);
		log.info("{} over {} read: {} entities, {} relationships in {} ms ({} statements)",
				(statement == STRUCTURE) ? "Structure" : "Projection", types, entities.size(), edges.size(),
				(System.nanoTime() - started) / 1_000_000, pages);
		return network;
	}

	/**
	 * Adds the entities and relationships of one statement's rows; returns how many rows
	 * it had.
	 */
	private int read(String statement, Map<String, Object> parameters, Map<String, Entity> entities,
			List<NetworkEdge> edges) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Object.class).mappedBy((t, row) -> {
			Entity entity = Nodes.entity(row.get("n").asNode());
			entities.put(entity.id(), entity);
			for (Value out : row.get("out").values()) {
				Value props = out.get("props");
				edges.add(new NetworkEdge(entity.id(), out.get("end").asString(), out.get("type").asString(),
						props.isNull() ? Map.of() : props.asMap()));
			}
			return entity;
		}).all().size();
	}

}
