package org.oncograph.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Event;
import org.oncograph.entity.Nodes;
import org.oncograph.entity.Provenance;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.Lang;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the paths between two entities over the relationship types asked for, shortest
 * first and within the hop cap, each with its nodes, its steps' properties and their
 * sources, and sums up how close two entities are. The shortest path or all of them is
 * one Cypher 25 statement (a {@code SHORTEST 1} or {@code ALL SHORTEST} search over an
 * undirected quantified path pattern, returning nodes, relationship properties and
 * provenance together); the k shortest (k > 1) are the searches of {@link KShortestPaths}
 * (at most k statements) and one statement for the details of what they found, so at most
 * k + 1. An empty answer costs one statement more, which tells an unknown id (NOT_FOUND)
 * from an unconnected pair. All of a request's statements run in its one read
 * transaction. The types are matched by {@code WHERE type(r) IN $types}, not by the
 * dynamic type {@code [r:$any($types)]}, which Neo4j plans worse for these searches.
 */
@Service
@Transactional(readOnly = true)
public class PathFinder {

	/**
	 * The relationships of a path with their properties and their cited sources, each
	 * read through its id index.
	 */
	private static final String STEPS = """
			[rel IN relationships | {type: type(rel), start: startNode(rel).id, props: properties(rel),
			  sources: [i IN range(0, size(coalesce(rel.sources, [])) - 1) |
			    {source: head(COLLECT { MATCH (s:Source {id: rel.sources[i]}) RETURN s }), evidence: rel.evidence[i]}]}] AS rels""";

	/**
	 * The path search for one shortest path or all of them. The first {@code %s} is the
	 * selector ({@code SHORTEST 1} or {@code ALL SHORTEST}), the second the step pattern
	 * ({@link #STEP} or {@link #FILTERED_STEP}), {@code %d} the hop cap. Cypher
	 * quantifiers take no parameters, so the cap, a checked integer of 1..8, is written
	 * into the text; so is k = 1, since with {@code SHORTEST $k} the planner cannot know
	 * that k is 1 and plans its search for k paths. k > 1 is {@link KShortestPaths}. A
	 * shortest path never comes back through a node (cutting the loop out would make it
	 * shorter), so these need no path mode. Each cited source is read through its id
	 * index, one seek per citation, so that a request does not scan every Source.
	 */
	private static final String PATHS = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = %s ((a) (%s){1,%d} (b))
			WITH length(p) AS length, nodes(p) AS nodes, relationships(p) AS relationships
			RETURN length, nodes,
			""" + STEPS + """

			ORDER BY length, [n IN nodes | n.id], [rel IN relationships | type(rel)]""";

	/**
	 * The paths found by {@link KShortestPaths}, read by element id, in the order given.
	 */
	private static final String DETAILS = """
			CYPHER 25
			UNWIND range(0, size($paths) - 1) AS i
			WITH i, $paths[i] AS path
			CALL (path) {
			  UNWIND range(0, size(path.nodes) - 1) AS j
			  MATCH (n) WHERE elementId(n) = path.nodes[j]
			  WITH n ORDER BY j
			  RETURN collect(n) AS nodes
			}
			CALL (path) {
			  UNWIND range(0, size(path.relationships) - 1) AS j
			  MATCH ()-[rel]->() WHERE elementId(rel) = path.relationships[j]
			  WITH rel ORDER BY j
			  RETURN collect(rel) AS relationships
			}
			WITH i, nodes, relationships ORDER BY i
			RETURN nodes,
			""" + STEPS;

	/**
	 * A step of a path: a relationship {@code r} from {@code x} to an entity {@code y},
	 * each with a predicate (none on {@code y} when null). The text is fixed; values come
	 * in as parameters.
	 */
	record Step(String relationship, @Nullable String node) {

		String pattern() {
			return "(x)-[r WHERE " + this.relationship + "]-(y:Entity"
					+ ((this.node != null) ? " WHERE " + this.node : "") + ")";
		}

		/**
		 * This step, also requiring {@code relationship} of {@code r} and {@code node} of
		 * {@code y}.
		 */
		Step and(String relationship, String node) {
			return new Step(this.relationship + " AND " + relationship,
					(this.node != null) ? "(" + this.node + ") AND " + node : node);
		}

	}

	/** A step of a path when the request excludes no entity and sets no dates. */
	private static final Step STEP = new Step("type(r) IN $types", null);

	/**
	 * A step that passes no excluded entity, no event dated outside the window, and no
	 * cooperation begun after it. It reads each node's id and each event's date on the
	 * way, which {@link #STEP} does not, so it is used only when a request sets those
	 * filters.
	 */
	private static final Step FILTERED_STEP = new Step(
			"type(r) IN $types AND ($dateTo IS NULL OR r.since IS NULL OR toString(r.since) <= toString($dateTo))",
			"y = b OR (NOT y.id IN $excludeIds AND NOT (y:Event"
					+ " AND (coalesce(y.date < $dateFrom, false) OR coalesce(y.date > $dateTo, false))))");

	private static final String CONNECTION = """
			CYPHER 25
			MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
			OPTIONAL MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]-{1,%d}(b)
			WITH a, b, min(length(p)) AS distance, count(p) AS paths
			RETURN distance, paths, COLLECT {
			  MATCH (a)-[ra WHERE type(ra) IN $types]-(n:Entity)-[rb WHERE type(rb) IN $types]-(b)
			  WITH n, collect(DISTINCT type(ra)) AS viaA, collect(DISTINCT type(rb)) AS viaB
			  ORDER BY n.id
			  RETURN {node: n, viaA: viaA, viaB: viaB}
			} AS shared""".formatted(PathArguments.MAX_HOPS);

	private static final String MISSING = """
			UNWIND $ids AS id
			OPTIONAL MATCH (n:Entity {id: id})
			WITH id, n WHERE n IS NULL
			RETURN id""";

	private final Neo4jClient neo4j;

	private final KShortestPaths kShortest;

	private final int maxHops;

	/**
	 * A path finder allowing paths of up to {@link PathArguments#MAX_HOPS} relationships.
	 */
	public PathFinder(Neo4jClient neo4j) {
		this(neo4j, new PathProperties(PathArguments.MAX_HOPS));
	}

	@Autowired
	PathFinder(Neo4jClient neo4j, PathProperties properties) {
		this.neo4j = neo4j;
		this.kShortest = new KShortestPaths(neo4j);
		this.maxHops = properties.maxHops();
	}

	/**
	 * The paths asked for, shortest first; empty when the two entities are not connected
	 * within the cap.
	 */
	public List<CollaborationPath> paths(PathRequest request) {
		if (request.maxHops() > this.maxHops) {
			throw new OncoGraphException.BadRequest("maxHops", "maxHops must be at most " + this.maxHops
					+ " (oncograph.path.max-hops), was " + request.maxHops() + ".");
		}
		boolean filtered = !request.excludeIds().isEmpty() || request.dateFrom() != null || request.dateTo() != null;
		Step step = filtered ? FILTERED_STEP : STEP;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("types", request.types());
		parameters.put("excludeIds", request.excludeIds());
		parameters.put("dateFrom", request.dateFrom());
		parameters.put("dateTo", request.dateTo());
		List<CollaborationPath> paths;
		if (request.k() > 1 && !request.allShortest()) {
			paths = details(this.kShortest.find(request, step, parameters), request.lang());
		}
		else {
			String selector = request.allShortest() ? "ALL SHORTEST" : "SHORTEST 1";
			paths = read(PATHS.formatted(selector, step.pattern(), request.maxHops()), parameters, request.lang());
		}
		if (paths.isEmpty()) {
			requireEntities(request.from(), request.to());
		}
		return paths;
	}

	/**
	 * The paths of {@code skeletons}, in their order, with their nodes, steps and
	 * sources.
	 */
	private List<CollaborationPath> details(List<KShortestPaths.Skeleton> skeletons, Lang lang) {
		if (skeletons.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> paths = skeletons.stream()
			.map(path -> Map.<String, Object>of("nodes", path.nodes(), "relationships", path.relationships()))
			.toList();
		return read(DETAILS, Map.<String, Object>of("paths", paths), lang);
	}

	private List<CollaborationPath> read(String statement, Map<String, Object> parameters, Lang lang) {
		return List.copyOf(this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(CollaborationPath.class)
			.mappedBy((types, row) -> path(row.get("nodes"), row.get("rels"), lang))
			.all());
	}

	/** How close two entities are over the given relationship types. */
	public ConnectionSummary connection(String a, String b, List<String> types) {
		PathArguments.requireDistinct(a, b, "a", "b");
		return this.neo4j.query(CONNECTION)
			.bindAll(Map.of("a", a, "b", b, "types", types))
			.fetchAs(ConnectionSummary.class)
			.mappedBy((t, row) -> {
				Value distance = row.get("distance");
				List<SharedNeighbour> shared = row.get("shared")
					.asList(v -> new SharedNeighbour(Nodes.entity(v.get("node").asNode()),
							v.get("viaA").asList(Value::asString), v.get("viaB").asList(Value::asString)));
				return new ConnectionSummary(distance.isNull() ? null : distance.asInt(), row.get("paths").asInt(),
						shared);
			})
			.one()
			.orElseGet(() -> {
				requireEntities(a, b);
				throw new IllegalStateException("no row for connection of existing " + a + " and " + b);
			});
	}

	/** Throws NOT_FOUND naming the first id that is no entity. */
	void requireEntities(String... ids) {
		this.neo4j.query(MISSING)
			.bind(List.of(ids))
			.to("ids")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.first()
			.ifPresent(id -> {
				throw new OncoGraphException.NotFound(id, "entity");
			});
	}

	private static CollaborationPath path(Value nodeValues, Value relValues, Lang lang) {
		List<Entity> nodes = nodeValues.asList(v -> Nodes.entity(v.asNode()));
		List<PathStep> steps = new ArrayList<>();
		List<Value> rels = relValues.asList(v -> v);
		for (int i = 0; i < rels.size(); i++) {
			Value rel = rels.get(i);
			Entity from = nodes.get(i);
			Entity to = nodes.get(i + 1);
			boolean reversed = !rel.get("start").asString().equals(from.id());
			Value props = rel.get("props");
			String type = rel.get("type").asString();
			List<Provenance> sources = Nodes.provenance(rel.get("sources"));
			Entity start = reversed ? to : from;
			Entity end = reversed ? from : to;
			var fact = new Explanations.Fact(start, end, type, string(props, "role"), string(props, "roleEn"),
					string(props, "status"), string(props, "subject"), string(props, "subjectEn"), sources);
			steps.add(new PathStep(from, to, type, reversed, fact.role(), fact.roleEn(), fact.status(),
					date(start, end, props), sources, Explanations.explain(fact, lang)));
		}
		return new CollaborationPath(steps.size(), nodes, List.copyOf(steps));
	}

	/**
	 * The date of a step: the event's date when it links an event, else the date a
	 * cooperation began, if known.
	 */
	private static @Nullable LocalDate date(Entity start, Entity end, Value props) {
		if (start instanceof Event event && event.date() != null) {
			return event.date();
		}
		if (end instanceof Event event && event.date() != null) {
			return event.date();
		}
		Value since = props.get("since");
		try {
			return since.isNull() ? null : since.asLocalDate();
		}
		catch (RuntimeException notADate) {
			return null;
		}
	}

	private static @Nullable String string(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

}
