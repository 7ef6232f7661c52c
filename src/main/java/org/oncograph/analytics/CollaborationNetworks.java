package org.oncograph.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;
import org.oncograph.curation.GraphChanged;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The projections of the graph analytics and exports work on, one per selection of relationship types, each read
 * with one statement and kept until {@link #invalidate()}: whatever writes to the graph must call it.
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

	private final Neo4jClient neo4j;

	private final Map<List<String>, Network> cache = new ConcurrentHashMap<>();

	public CollaborationNetworks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The projection over these relationship types (see {@link org.oncograph.path.RelationKind#types}). */
	public Network network(List<String> types) {
		return this.cache.computeIfAbsent(List.copyOf(types), this::load);
	}

	/** Forgets every projection, so the next request reads the graph again. Call it after any write. */
	public void invalidate() {
		this.cache.clear();
	}

	/** Drops the projections once a mutation's write transaction has committed, so no analysis serves stale data. */
	@TransactionalEventListener(fallbackExecution = true)
	void graphChanged(GraphChanged change) {
		invalidate();
	}

	private Network load(List<String> types) {
		Map<String, Entity> entities = new LinkedHashMap<>();
		List<NetworkEdge> edges = new ArrayList<>();
		this.neo4j.query(PROJECTION).bind(types).to("types").fetchAs(Object.class).mappedBy((t, row) -> {
			Entity entity = Nodes.entity(row.get("n").asNode());
			entities.put(entity.id(), entity);
			for (Value out : row.get("out").values()) {
				edges.add(new NetworkEdge(entity.id(), out.get("end").asString(), out.get("type").asString(),
						out.get("props").asMap()));
			}
			return entity;
		}).all();
		return new Network(types, entities, edges);
	}

}
