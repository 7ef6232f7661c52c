package org.oncograph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.oncograph.error.OncoGraphException;
import org.oncograph.graphql.Connection;
import org.oncograph.graphql.PageRequest;
import org.oncograph.model.EntityType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads every kind of node shares: by id, filtered pages, the sources naming entities
 * and what sources name.
 */
@Service
@Transactional(readOnly = true)
public class EntityReader {

	private final Neo4jClient neo4j;

	EntityReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** An entity or a source by id. */
	public GraphNode node(String id) {
		return this.neo4j.query("""
				MATCH (n:Entity {id: $id}) RETURN n
				UNION
				MATCH (n:Source {id: $id}) RETURN n""")
			.bind(id)
			.to("id")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> Nodes.node(row.get("n").asNode()))
			.one()
			.orElseThrow(() -> new OncoGraphException.NotFound(id, "node"));
	}

	/** A source by id. */
	public Source source(String id) {
		return this.neo4j.query("MATCH (s:Source {id: $id}) RETURN s")
			.bind(id)
			.to("id")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.one()
			.orElseThrow(() -> new OncoGraphException.NotFound(id, "source"));
	}

	/**
	 * One page of entities of the given kinds (all kinds when none), filtered and sorted;
	 * with the total, when the page asks for it, counted in the same statement.
	 */
	public <T extends Entity> Connection<T> page(List<EntityType> kinds, ListQuery query, PageRequest page) {
		ListFilter effective = (query.filter() != null) ? query.filter() : ListFilter.NONE;
		SortOrder sort = (query.sort() != null) ? query.sort() : SortOrder.NAME;
		String matching = effective.matching(kinds);
		Map<String, Object> parameters = effective.parameters();
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		String nodes = matching + "\nRETURN n ORDER BY " + sort.orderBy() + "\nSKIP $offset LIMIT $limit";
		String statement = page.countTotal() ? "CYPHER 25\nCALL () {\n" + matching + "\nRETURN count(n) AS total\n}\n"
				+ "RETURN total, COLLECT {\n" + nodes + "\n} AS nodes" : "CYPHER 25\n" + nodes;
		List<Record> rows = List.copyOf(this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all());
		@SuppressWarnings("unchecked")
		List<T> entities = (List<T>) (page.countTotal()
				? rows.getFirst().get("nodes").asList(node -> Nodes.entity(node.asNode()))
				: rows.stream().map(row -> Nodes.entity(row.get("n").asNode())).toList());
		Integer total = page.countTotal() ? rows.getFirst().get("total").asInt() : null;
		return Connection.of(List.copyOf(entities), page, total);
	}

	/** The entities each source names, with the words naming them, by source id. */
	public Map<String, List<Mention>> mentions(Collection<String> sourceIds) {
		var rows = this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (:Source {id: id})-[m:MENTIONS]->(n:Entity)
				RETURN id, n, m.evidence AS evidence
				ORDER BY id, toLower(n.name)""")
			.bind(List.copyOf(sourceIds))
			.to("ids")
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed<>(row.get("id").asString(),
					new Mention(Nodes.entity(row.get("n").asNode()), row.get("evidence").asString(""))))
			.all();
		Map<String, List<Mention>> byId = Keyed.group(rows);
		sourceIds.forEach(id -> byId.putIfAbsent(id, List.of()));
		return byId;
	}

	/** Every source: the documents in id order, then the reference data. */
	public List<Source> sources() {
		return List.copyOf(this.neo4j.query("MATCH (s:Source) RETURN s ORDER BY s.kind = 'REFERENCE', s.id")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.all());
	}

	/** Ids of the given nodes, once each. */
	public static List<String> ids(Collection<? extends GraphNode> nodes) {
		return nodes.stream().map(GraphNode::id).distinct().toList();
	}

	/** A value read for the node with this id. */
	private record Keyed<V>(String id, V value) {

		/** The values grouped by id, in the order read. */
		@SuppressWarnings({ "unchecked", "rawtypes" })
		static <V> Map<String, List<V>> group(Collection<? extends Keyed> rows) {
			Map<String, List<V>> byId = new LinkedHashMap<>();
			for (Keyed row : rows) {
				byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add((V) row.value());
			}
			return byId;
		}

	}

}
