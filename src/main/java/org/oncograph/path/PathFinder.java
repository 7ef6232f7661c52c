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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds collaboration paths and connections with one Cypher 25 statement per request: a {@code SHORTEST k} or
 * {@code ALL SHORTEST} search over a quantified path pattern, undirected, whose relationship types are a
 * parameter ({@code WHERE type(r) IN $types}), returning nodes, relationship properties and provenance together.
 * The dynamic type {@code [r:$any($types)]} plans worse here: 1,441 against 245 database hits for all shortest
 * Kaprin–Polyakov paths (7 hops), 6,397 against 300 for the 5 shortest, 910 against 157 when there is no path.
 */
@Service
@Transactional(readOnly = true)
public class PathFinder {

	/**
	 * The path search. The first {@code %s} is the selector ({@code SHORTEST 1}, {@code SHORTEST 5 ACYCLIC},
	 * {@code ALL SHORTEST}), the second the step pattern ({@link #STEP} or {@link #FILTERED_STEP}), {@code %d} the hop
	 * cap. Cypher quantifiers take no parameters, so the cap, a checked integer of 1..8, is written into the text; so
	 * is k, a checked integer of 1..10: with {@code SHORTEST $k} the planner cannot know that k is 1 and runs its
	 * search for k paths, which on the benchmark graph at scale 1 (100 random pairs of people) took 3,677 ms in all and
	 * up to 509 ms for one pair, against 214 and 18 ms with {@code SHORTEST 1} (3,774 against 381 ms with the runs in
	 * the other order; database hits 13,474 against 3,571 at the median). The plans stay few (8 caps, 11 selectors, 2
	 * step patterns: 176 at most) and the query cache holds them. For k > 1 the path mode is {@code ACYCLIC}: the
	 * path's nodes must all differ (a trail could otherwise come back through a node), and a path mode filters before
	 * the selector picks the k shortest (a predicate in the MATCH's WHERE filters after, and k shortest came back short:
	 * the property tests showed it). It replaced a hand-written predicate over the group variable, with the same
	 * lengths, the same database hits and the same time (scale 1, 100 random pairs, k = 5).
	 * Each cited source is read through its id index: collecting every Source first cost a scan of all of them per
	 * request (15,000 on the benchmark graph at scale 1, 75,000 at 5) and a linear search per citation.
	 */
	private static final String PATHS = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = %s ((a) (%s){1,%d} (b))
			WITH length(p) AS length, nodes(p) AS nodes, relationships(p) AS relationships
			RETURN length, nodes,
			       [rel IN relationships | {type: type(rel), start: startNode(rel).id, props: properties(rel),
			         sources: [i IN range(0, size(coalesce(rel.sources, [])) - 1) |
			           {source: head(COLLECT { MATCH (s:Source {id: rel.sources[i]}) RETURN s }), evidence: rel.evidence[i]}]}] AS rels
			ORDER BY length, [n IN nodes | n.id], [rel IN relationships | type(rel)]""";

	/** A step of a path when the request excludes no entity and sets no dates. */
	private static final String STEP = "(x)-[r WHERE type(r) IN $types]-(y:Entity)";

	/**
	 * A step that passes no excluded entity, no event dated outside the window, and no cooperation begun after it.
	 * Reading each node's id and each event's date on the way doubles the database hits of {@link #STEP} (scale 1, 100
	 * random pairs, k = 1: 3,571 against 1,689 at the median) and made the search 1.7 to 3 times slower (381 against
	 * 225 ms in all, and 214 against 70 with the runs in the other order), so it is used only when a request sets
	 * those filters.
	 */
	private static final String FILTERED_STEP = """
			(x)-[r WHERE type(r) IN $types AND ($dateTo IS NULL OR r.since IS NULL OR toString(r.since) <= toString($dateTo))]-
			        (y:Entity WHERE y = b OR (NOT y.id IN $excludeIds AND NOT (y:Event
			          AND (coalesce(y.date < $dateFrom, false) OR coalesce(y.date > $dateTo, false)))))""";

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
			} AS shared""".formatted(PathRequest.MAX_HOPS);

	private static final String MISSING = """
			UNWIND $ids AS id
			OPTIONAL MATCH (n:Entity {id: id})
			WITH id, n WHERE n IS NULL
			RETURN id""";

	private final Neo4jClient neo4j;

	private final int maxHops;

	/** A path finder allowing paths of up to {@link PathRequest#MAX_HOPS} relationships. */
	public PathFinder(Neo4jClient neo4j) {
		this(neo4j, new PathProperties(PathRequest.MAX_HOPS));
	}

	@Autowired
	PathFinder(Neo4jClient neo4j, PathProperties properties) {
		this.neo4j = neo4j;
		this.maxHops = properties.maxHops();
	}

	/** The paths asked for, shortest first; empty when the two entities are not connected within the cap. */
	public List<CollaborationPath> paths(PathRequest request) {
		if (request.maxHops() > this.maxHops) {
			throw new OncoGraphException.BadRequest("maxHops", "maxHops must be at most " + this.maxHops
					+ " (oncograph.path.max-hops), was " + request.maxHops() + ".");
		}
		// A shortest trail never comes back through a node (cutting the loop out would make it shorter), so only k > 1
		// needs ACYCLIC; it makes the search keep whole paths instead of one state per node, and the first of two random
		// people of the benchmark graph at scale 1 took longer than the 10 s transaction timeout with it for k = 1.
		String selector = request.allShortest() ? "ALL SHORTEST"
				: (request.k() > 1) ? "SHORTEST " + request.k() + " ACYCLIC" : "SHORTEST 1";
		boolean filtered = !request.excludeIds().isEmpty() || request.dateFrom() != null || request.dateTo() != null;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("types", request.types());
		parameters.put("excludeIds", request.excludeIds());
		parameters.put("dateFrom", request.dateFrom());
		parameters.put("dateTo", request.dateTo());
		String statement = PATHS.formatted(selector, filtered ? FILTERED_STEP : STEP, request.maxHops());
		List<CollaborationPath> paths = List.copyOf(this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(CollaborationPath.class)
			.mappedBy((types, row) -> path(row.get("nodes"), row.get("rels"), request.lang()))
			.all());
		if (paths.isEmpty()) {
			requireEntities(request.from(), request.to());
		}
		return paths;
	}

	/** How close two entities are over the given relationship types. */
	public ConnectionSummary connection(String a, String b, List<String> types) {
		PathRequest.requireDistinct(a, b, "a", "b");
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
			.bind(List.of(ids)).to("ids")
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

	/** The date of a step: the event's date when it links an event, else the date a cooperation began, if known. */
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
