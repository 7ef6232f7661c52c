package org.oncograph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oncograph.analytics.NetworkFilter;
import org.oncograph.entity.Nodes;
import org.oncograph.model.EntityType;
import org.oncograph.path.PathArguments;
import org.oncograph.path.PathFinder;
import org.oncograph.view.GraphViews;
import org.oncograph.view.NeighborhoodArguments;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The subgraphs researchers export: the whole network, the result of a path search, a
 * neighbourhood. Each is what the GraphQL API gives for the same arguments, checked by
 * the same argument record: the network of {@code brokers} ({@link NetworkFilter}), the
 * paths of {@code collaborationPaths} ({@link PathArguments}), the neighbourhood of the
 * {@code neighborhood} view ({@link NeighborhoodArguments}, drawn by {@link GraphViews}).
 * The whole network is not held: it is read while it is written, a page of
 * {@code oncograph.export.page-size} entities at a time, each page one statement in its
 * own transaction, keyset-paged by id through the {@code entity_id} index.
 */
@Service
class Exports {

	/**
	 * One page of the listed entities after {@code $after}, in id order through the
	 * {@code entity_id} index; {@code $labels} empty lists every kind.
	 */
	private static final String PAGE = """
			CYPHER 25
			MATCH (n:Entity)
			WHERE n.id > $after AND ($labels = [] OR any(label IN labels(n) WHERE label IN $labels))
			WITH n
			ORDER BY n.id
			LIMIT $page
			""";

	private static final String NODES = PAGE + "RETURN n ORDER BY n.id";

	/**
	 * The same page of entities, each with its relationships of the network's types to
	 * listed entities, in their stored direction (so each is read once, from its start).
	 */
	private static final String EDGES = PAGE + """
			RETURN n.id AS id, COLLECT {
			  MATCH (n)-[r:$any($types)]->(m:Entity)
			  WHERE $labels = [] OR any(label IN labels(m) WHERE label IN $labels)
			  RETURN {end: m.id, type: type(r), props: properties(r)}
			} AS out
			ORDER BY n.id""";

	private final Neo4jClient neo4j;

	private final PathFinder paths;

	private final GraphViews views;

	private final int page;

	Exports(Neo4jClient neo4j, PathFinder paths, GraphViews views, ExportProperties properties) {
		this.neo4j = neo4j;
		this.paths = paths;
		this.views = views;
		this.page = properties.pageSize();
	}

	/**
	 * Every entity of the kinds asked for and the relationships of the chosen types
	 * between them, read a page at a time as they are iterated (nodes and edges each
	 * once).
	 */
	Subgraph graph(NetworkFilter filter) {
		List<String> types = filter.relationTypes();
		List<String> labels = (filter.types() == null) ? List.of()
				: filter.types().stream().map(EntityType::label).toList();
		Map<String, Object> parameters = Map.of("types", types, "labels", labels, "page", this.page);
		Paged<Subgraph.Node> nodes = new Paged<>(after -> {
			List<Subgraph.Node> read = new ArrayList<>(this.neo4j.query(NODES)
				.bindAll(with(parameters, after))
				.fetchAs(Subgraph.Node.class)
				.mappedBy((t, row) -> Subgraph.Node.of(Nodes.entity(row.get("n").asNode())))
				.all());
			return Paged.Page.of(read, read.size(), this.page, read.isEmpty() ? after : read.getLast().id());
		});
		Paged<Subgraph.Edge> edges = new Paged<>(after -> {
			List<Subgraph.Edge> read = new ArrayList<>();
			List<String> starts = new ArrayList<>(this.neo4j.query(EDGES)
				.bindAll(with(parameters, after))
				.fetchAs(String.class)
				.mappedBy((t, row) -> {
					String start = row.get("id").asString();
					for (Value out : row.get("out").values()) {
						read.add(Subgraph.Edge.of(start, out.get("end").asString(), out.get("type").asString(),
								out.get("props").asMap()));
					}
					return start;
				})
				.all());
			return Paged.Page.of(read, starts.size(), this.page, starts.isEmpty() ? after : starts.getLast());
		});
		return new Subgraph(nodes, edges);
	}

	private static Map<String, Object> with(Map<String, Object> parameters, String after) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("after", after);
		return all;
	}

	/** The entities and relationships of the paths found for the arguments. */
	Subgraph paths(PathArguments arguments) {
		return Subgraph.of(this.paths.paths(arguments.request()));
	}

	/**
	 * The entities and relationships of the {@code neighborhood} view with the same
	 * arguments.
	 */
	Subgraph neighbourhood(NeighborhoodArguments arguments) {
		return Subgraph.of(this.views.neighborhood(arguments));
	}

}
