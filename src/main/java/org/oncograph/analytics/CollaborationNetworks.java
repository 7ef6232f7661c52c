package org.oncograph.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.neo4j.driver.Value;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.RelationKind;
import org.oncograph.version.GraphVersionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The projections of the graph analytics and exports work on, one per selection of
 * relationship types, each read once and kept until {@link #invalidate()}: whatever
 * writes to the graph must call it. Exports get the relationships with their properties
 * ({@link #network}); the analyses only the structure ({@link #structure}), which is
 * several times smaller and faster to read, a page at a time. Reads run in the
 * background, one at a time, and what they read is kept within a weight; the bounds are
 * those of {@link Projections}, set by {@link AnalyticsProperties}.
 */
@Service
public class CollaborationNetworks implements MeterBinder {

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

	/**
	 * The structure of the default network (the cooperation kinds, no geography), which
	 * {@link BrokersWarmUp} reads: pinned, never evicted nor cancelled.
	 */
	static final Projections.Selection DEFAULT = new Projections.Selection(RelationKind.types(null, false), false);

	private static final Logger log = LoggerFactory.getLogger(CollaborationNetworks.class);

	private final Neo4jClient neo4j;

	private final int page;

	private final Projections projections;

	private final AtomicLong pages = new AtomicLong();

	/** With the default settings of {@link AnalyticsProperties}. */
	public CollaborationNetworks(Neo4jClient neo4j) {
		this(neo4j, PAGE, AnalyticsProperties.defaults());
	}

	@Autowired
	CollaborationNetworks(Neo4jClient neo4j, AnalyticsProperties properties) {
		this(neo4j, PAGE, properties);
	}

	/**
	 * With pages of {@code page} entities for the structure (tests read small graphs in
	 * several pages).
	 */
	CollaborationNetworks(Neo4jClient neo4j, int page, AnalyticsProperties properties) {
		this.neo4j = neo4j;
		this.page = page;
		this.projections = new Projections(this::load, DEFAULT, properties.cacheMaxWeight(), properties.readQueue());
	}

	/**
	 * The projection over these relationship types (see
	 * {@link org.oncograph.model.RelationKind#types}), with every relationship's
	 * properties; waited for without a deadline, refused at once (a
	 * {@link OncoGraphException}) when too many reads are waiting.
	 */
	public Network network(List<String> types) {
		return this.projections.get(new Projections.Selection(types, true), Deadline.none(), "export");
	}

	/**
	 * The projection over these relationship types without the relationships' properties,
	 * for the analyses, waited for until the deadline, past which a
	 * {@link OncoGraphException.TimedOut} naming {@code field} says whether its read goes
	 * on (see {@link Projections}).
	 */
	Network structure(List<String> types, Deadline deadline, String field) {
		return this.projections.get(new Projections.Selection(types, false), deadline, field);
	}

	/**
	 * Forgets every projection, so the next request reads the graph again. Call it after
	 * any write.
	 */
	public void invalidate() {
		this.projections.invalidate();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.projections.bindTo(registry);
	}

	/** Pages of the structure read so far (for tests). */
	long pagesRead() {
		return this.pages.get();
	}

	Projections projections() {
		return this.projections;
	}

	/**
	 * Drops the projections when the graph's version moves (a write on this replica once
	 * it has committed, or on any other within the poll interval), so no analysis serves
	 * stale data.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void graphChanged(GraphVersionChanged change) {
		invalidate();
	}

	/**
	 * Reads the projection of the selection: the structure a page at a time, checking
	 * between pages whether the read was cancelled; with properties in one statement.
	 */
	private Network load(Projections.Selection selection, BooleanSupplier cancelled) {
		long started = System.nanoTime();
		List<String> types = selection.types();
		LinkedHashMap<String, Entity> entities = new LinkedHashMap<>();
		List<NetworkEdge> edges = new ArrayList<>();
		Strings strings = new Strings(types);
		int statements = 0;
		if (selection.properties()) {
			read(PROJECTION, Map.of("types", types), entities, edges, strings);
			statements++;
		}
		else {
			String after = "";
			int read;
			do {
				if (cancelled.getAsBoolean()) {
					throw new CancellationException("The read of the network over " + types + " was cancelled.");
				}
				read = read(STRUCTURE, Map.of("types", types, "after", after, "page", this.page), entities, edges,
						strings);
				this.pages.incrementAndGet();
				statements++;
				after = (entities.isEmpty()) ? after : entities.sequencedKeySet().getLast();
			}
			while (read == this.page);
		}
		Network network = new Network(types, entities, edges);
		log.info("{} over {} read: {} entities, {} relationships in {} ms ({} statements, about {} MB)",
				selection.properties() ? "Projection" : "Structure", types, entities.size(), edges.size(),
				(System.nanoTime() - started) / 1_000_000, statements, network.estimatedBytes() >> 20);
		return network;
	}

	/**
	 * Adds the entities and relationships of one statement's rows; returns how many rows
	 * it had.
	 */
	private int read(String statement, Map<String, Object> parameters, Map<String, Entity> entities,
			List<NetworkEdge> edges, Strings strings) {
		return this.neo4j.query(statement).bindAll(parameters).fetchAs(Object.class).mappedBy((t, row) -> {
			Entity entity = Nodes.entity(row.get("n").asNode());
			String id = strings.one(entity.id());
			entities.put(id, entity);
			for (Value out : row.get("out").values()) {
				Value props = out.get("props");
				edges.add(new NetworkEdge(id, strings.one(out.get("end").asString()),
						strings.one(out.get("type").asString()), props.isNull() ? Map.of() : props.asMap()));
			}
			return entity;
		}).all().size();
	}

	/**
	 * One instance of each id and type name read, so that a network of millions of
	 * relationships holds each string once rather than once per relationship end: at 5×
	 * that is hundreds of megabytes less while a read goes on, the reads the collector
	 * copies.
	 */
	private static final class Strings {

		private final Map<String, String> seen = new HashMap<>();

		Strings(List<String> types) {
			types.forEach(this::one);
		}

		String one(String value) {
			String known = this.seen.putIfAbsent(value, value);
			return (known != null) ? known : value;
		}

	}

}
