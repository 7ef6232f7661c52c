package org.oncograph.relation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.oncograph.entity.Entity;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.EntityReader.Keyed;
import org.oncograph.entity.GraphNode;
import org.oncograph.entity.Nodes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one {@link Hop} for many nodes in a single Cypher statement: the batch loader behind every relationship
 * field, so a request costs one statement per field whatever the number of parent rows.
 */
@Service
@Transactional(readOnly = true)
public class Relations {

	private static final String LINKS = """
			UNWIND $ids AS id
			MATCH (p:Entity {id: id})
			MATCH %s
			RETURN id, startNode(r) AS start, endNode(r) AS end, properties(r) AS properties,
			       [i IN range(0, size(coalesce(r.sources, [])) - 1) |
			          {source: head(COLLECT { MATCH (s:Source {id: r.sources[i]}) RETURN s }), evidence: r.evidence[i]}] AS provenance
			ORDER BY id, o.date IS NULL, o.date, toLower(o.name), o.id""";

	private static final String ENTITIES = """
			UNWIND $ids AS id
			MATCH (p:Entity {id: id})
			MATCH %s
			WITH DISTINCT id, o
			RETURN id, o
			ORDER BY id, toLower(o.name), o.id""";

	private final Neo4jClient neo4j;

	Relations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The relationships of each parent along {@code hop}, as records made by {@code type}. */
	public <K extends GraphNode, V> Map<K, List<V>> links(Collection<K> parents, Hop hop, Function<Link, V> type) {
		var rows = this.neo4j.query(LINKS.formatted(hop.pattern()))
			.bind(EntityReader.ids(parents)).to("ids")
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed<>(row.get("id").asString(),
					type.apply(new Link(Nodes.entity(row.get("start").asNode()), Nodes.entity(row.get("end").asNode()),
							row.get("properties").asMap(), Nodes.provenance(row.get("provenance"))))))
			.all();
		return EntityReader.byKey(parents, Keyed.<V>group(rows));
	}

	/** The first relationship of each parent along {@code hop}; parents without one are left out. */
	public <K extends GraphNode, V> Map<K, V> link(Collection<K> parents, Hop hop, Function<Link, V> type) {
		return first(links(parents, hop, type));
	}

	/** The entities reached from each parent along {@code hop}. */
	public <K extends GraphNode, E extends Entity> Map<K, List<E>> entities(Collection<K> parents, Hop hop,
			Class<E> type) {
		var rows = this.neo4j.query(ENTITIES.formatted(hop.pattern()))
			.bind(EntityReader.ids(parents)).to("ids")
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed<>(row.get("id").asString(), type.cast(Nodes.entity(row.get("o").asNode()))))
			.all();
		return EntityReader.byKey(parents, Keyed.<E>group(rows));
	}

	/** The first entity reached from each parent along {@code hop}; parents without one are left out. */
	public <K extends GraphNode, E extends Entity> Map<K, E> entity(Collection<K> parents, Hop hop, Class<E> type) {
		return first(entities(parents, hop, type));
	}

	private static <K, V> Map<K, V> first(Map<K, List<V>> all) {
		Map<K, V> first = new LinkedHashMap<>();
		all.forEach((key, values) -> {
			if (!values.isEmpty()) {
				first.put(key, values.getFirst());
			}
		});
		return first;
	}

}
