package org.oncograph.view;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.model.Lang;
import org.oncograph.model.NameKey;
import org.oncograph.model.RelationKind;
import org.oncograph.path.CollaborationPath;
import org.oncograph.path.PathRequest;
import org.oncograph.path.PathStep;
import org.oncograph.view.NeighborhoodArguments.NeighborhoodRequest;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the three graph views, one Cypher statement each: the neighbourhood of an entity
 * (NOT_FOUND when there is none), bounded by its depth, {@code limit} and
 * {@code maxDegree}; given entities with every relationship among them; and the paths
 * {@code PathFinder} found for {@code pathGraph}. The neighbourhood is public: the
 * exports draw theirs here too, so that a view and an export with the same arguments hold
 * the same entities and relationships. Every statement ends in the same projection, so
 * all three have one shape: the nodes (with their {@code MENTIONS} as sources) and the
 * relationships, ordered by start, type and end (with their
 * {@code sources}/{@code evidence} lists paired up).
 */
@Repository
@Transactional(readOnly = true)
public class GraphViews {

	/**
	 * Turns {@code nodes} (in order), {@code rels} and {@code truncated} into one row.
	 */
	private static final String PROJECTION = """
			RETURN
			  [x IN nodes | {
			    id: x.id,
			    labels: labels(x),
			    name: x.name,
			    nameEn: x.nameEn,
			    properties: properties(x),
			    sources: COLLECT {
			      MATCH (s:Source)-[m:MENTIONS]->(x)
			      RETURN {id: s.id, title: s.title, titleEn: s.titleEn, evidence: m.evidence} AS source ORDER BY s.id
			    }
			  }] AS nodes,
			  [r IN rels | {
			    source: startNode(r).id,
			    target: endNode(r).id,
			    type: type(r),
			    properties: properties(r),
			    sources: COLLECT {
			      UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS i
			      OPTIONAL MATCH (s:Source {id: r.sources[i]})
			      RETURN {id: r.sources[i], title: s.title, titleEn: s.titleEn, evidence: r.evidence[i]} AS source ORDER BY i
			    }
			  }] AS edges,
			  truncated""";

	/** Every relationship between the given nodes, ordered by edge id. */
	private static final String EDGES_BETWEEN = """
			CALL (nodes) {
			  UNWIND nodes AS a
			  MATCH (a)-[r]->(b:Entity)
			  WHERE b IN nodes AND ($relations IS NULL OR type(r) IN $relations)
			  WITH r ORDER BY startNode(r).id, type(r), endNode(r).id
			  RETURN collect(r) AS rels
			}
			""";

	/**
	 * Nodes within {@code depth} hops of the root (through nodes of the kinds asked for,
	 * over the relationship types asked for), nearest first, then by degree, then by id;
	 * the first {@code $limit} (root included) are kept, with every relationship among
	 * them of the types asked for. Ordering by distance first keeps a truncated view
	 * connected. {@code %d} is the depth, a checked 1..3 written into the quantifier
	 * (which takes no parameter), so that the search goes no deeper than asked. The
	 * degree is every relationship but the incoming MENTIONS (the only ones from a
	 * non-entity), which Neo4j reads from the degree store without expanding the
	 * relationships.
	 * <p>
	 * Two rules bound the search by what the view can show. When the root has
	 * {@code $limit} direct neighbours or more, nothing farther can be kept (nearest
	 * first), so the view is chosen among them, read once for the count and the choice.
	 * And nodes with more than {@code $maxDegree} relationships are kept but not gone
	 * through (the root always is), so that the thousands of staff of a large institution
	 * do not fill the second ring of each of its people. A node left unexpanded inside
	 * the depth makes the view {@code truncated}. With {@code $nearGeography} (labels of
	 * places), a step away from the root neither starts nor ends at a place: places are
	 * kept to the root's direct neighbours and gone through only at the root, so that a
	 * country does not fan out into its cities.
	 */
	private static final String NEIGHBORHOOD = """
			MATCH (root:Entity {id: $id})
			CALL (root) {
			  WITH root WHERE $depth > 1
			  MATCH (root)-[r]-(n:Entity)
			  WHERE n <> root AND ($relations IS NULL OR type(r) IN $relations)
			    AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
			  RETURN collect(DISTINCT n) AS direct
			}
			OPTIONAL CALL (root, direct) {
			  WITH root WHERE size(direct) < $limit
			  MATCH p = ANY SHORTEST (root)((a:Entity)-[r]-(b:Entity)
			      WHERE ($relations IS NULL OR type(r) IN $relations)
			        AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
			        AND ($maxDegree IS NULL OR a = root
			          OR COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() } <= $maxDegree)
			        AND ($nearGeography IS NULL OR a = root
			          OR none(label IN labels(a) + labels(b) WHERE label IN $nearGeography))){1,%d}(n:Entity)
			  WHERE n <> root
			  RETURN n, length(p) AS distance
			  UNION ALL
			  WITH direct WHERE size(direct) >= $limit
			  UNWIND direct AS n
			  RETURN n, 1 AS distance
			}
			WITH root, n, distance, COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS degree
			ORDER BY distance, degree DESC, n.id
			WITH root, collect(n) AS found, coalesce(max(distance < $depth AND degree > $maxDegree), false) AS unexpanded
			WITH [root] + found[0..$limit - 1] AS nodes, size(found) > $limit - 1 OR unexpanded AS truncated
			"""
			+ EDGES_BETWEEN + PROJECTION;

	private static final String SUBGRAPH = """
			OPTIONAL MATCH (x:Entity) WHERE x.id IN $ids
			WITH x ORDER BY x.id
			WITH collect(x) AS nodes, false AS truncated
			""" + EDGES_BETWEEN + PROJECTION;

	/** The entities and relationships of paths found by {@code PathFinder}. */
	private static final String PATH = """
			OPTIONAL MATCH (x:Entity) WHERE x.id IN $ids
			WITH x ORDER BY x.id
			WITH collect(x) AS nodes, false AS truncated
			CALL () {
			  UNWIND $edges AS e
			  MATCH (:Entity {id: e.source})-[r]->(:Entity {id: e.target})
			  WHERE type(r) = e.type
			  WITH DISTINCT r ORDER BY startNode(r).id, type(r), endNode(r).id
			  RETURN collect(r) AS rels
			}
			""" + PROJECTION;

	private final Neo4jClient neo4j;

	GraphViews(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The neighbourhood the arguments ask for, by the one rule of the neighbourhood
	 * statement: the {@code neighborhood} view and the {@code /export/neighborhood.*}
	 * files both come from here.
	 * @throws OncoGraphException.BadRequest when an argument is out of range
	 * ({@link NeighborhoodArguments#request()})
	 * @throws OncoGraphException.NotFound when there is no entity with that id
	 */
	public GraphView neighborhood(NeighborhoodArguments arguments) {
		NeighborhoodRequest request = arguments.request();
		var parameters = new LinkedHashMap<String, @Nullable Object>();
		parameters.put("id", request.id());
		parameters.put("depth", request.depth());
		parameters.put("limit", request.limit());
		parameters.put("maxDegree", request.maxDegree());
		parameters.put("labels", request.labels());
		parameters.put("relations", request.relations());
		parameters.put("nearGeography", request.nearGeography());
		GraphView view = read(NEIGHBORHOOD.formatted(request.depth()), parameters, request.lang());
		if (view == null) {
			throw new OncoGraphException.NotFound(request.id(), "entity");
		}
		return view;
	}

	/**
	 * The given entities (at most {@link GraphView#MAX_NODES}, duplicates once) and every
	 * relationship among them.
	 */
	GraphView subgraph(List<String> ids, @Nullable Lang lang) {
		if (ids.size() > GraphView.MAX_NODES) {
			throw new OncoGraphException.BadRequest("ids",
					"ids may name at most " + GraphView.MAX_NODES + " entities, named " + ids.size() + ".");
		}
		var parameters = new LinkedHashMap<String, @Nullable Object>();
		parameters.put("ids", List.copyOf(new LinkedHashSet<>(ids)));
		parameters.put("relations", null);
		GraphView view = read(SUBGRAPH, parameters, Lang.orDefault(lang));
		return (view != null) ? view : new GraphView(List.of(), List.of(), false);
	}

	/**
	 * The entities and relationships of the paths found for the request, in its language;
	 * the two ends alone when no path was found.
	 */
	GraphView paths(PathRequest request, List<CollaborationPath> found) {
		var ids = new LinkedHashSet<String>(List.of(request.from(), request.to()));
		var edges = new ArrayList<Map<String, String>>();
		for (CollaborationPath path : found) {
			path.nodes().stream().map(Entity::id).forEach(ids::add);
			for (PathStep step : path.steps()) {
				Entity source = step.reversed() ? step.to() : step.from();
				Entity target = step.reversed() ? step.from() : step.to();
				edges.add(Map.of("source", source.id(), "type", step.relation(), "target", target.id()));
			}
		}
		var parameters = new LinkedHashMap<String, @Nullable Object>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("edges", edges);
		GraphView view = read(PATH, parameters, request.lang());
		return (view != null) ? view : new GraphView(List.of(), List.of(), false);
	}

	private @Nullable GraphView read(String cypher, Map<String, @Nullable Object> parameters, Lang language) {
		Neo4jClient.RunnableSpec query = this.neo4j.query(cypher);
		for (Map.Entry<String, @Nullable Object> parameter : parameters.entrySet()) {
			query = query.bind(parameter.getValue()).to(parameter.getKey());
		}
		return query.fetchAs(GraphView.class)
			.mappedBy((typeSystem, row) -> new GraphView(row.get("nodes").asList(value -> node(value, language)),
					row.get("edges").asList(value -> edge(value, language)), row.get("truncated").asBoolean()))
			.one()
			.orElse(null);
	}

	private static GraphView.Node node(Value value, Lang language) {
		String type = value.get("labels")
			.asList(Value::asString)
			.stream()
			.flatMap(label -> Arrays.stream(EntityType.values()).filter(t -> t.label().equals(label)))
			.map(EntityType::name)
			.findFirst()
			.orElse("ENTITY");
		String name = value.get("name").asString("");
		String nameEn = value.get("nameEn").asString(name);
		Map<String, Object> properties = plain(value.get("properties"));
		properties.remove(NameKey.PROPERTY);
		properties.put("sources", value.get("sources").asList(GraphViews::plain));
		return new GraphView.Node(value.get("id").asString(), language.pick(name, nameEn), type, properties);
	}

	private static GraphView.Edge edge(Value value, Lang language) {
		String source = value.get("source").asString();
		String target = value.get("target").asString();
		String type = value.get("type").asString();
		Map<String, Object> properties = plain(value.get("properties"));
		properties.remove("evidence");
		properties.put("sources", value.get("sources").asList(GraphViews::plain));
		String role = language.pick(text(properties.get("role")), text(properties.get("roleEn")));
		String label = (role != null) ? role : phrase(type, language);
		return new GraphView.Edge(GraphView.Edge.id(source, type, target), source, target, type, label, properties);
	}

	/** A map of plain JSON values, keys sorted (dates and times as ISO strings). */
	private static Map<String, Object> plain(MapAccessor map) {
		var result = new TreeMap<String, Object>();
		for (String key : map.keys()) {
			Object value = plain(map.get(key).asObject());
			if (value != null) {
				result.put(key, value);
			}
		}
		return result;
	}

	private static Map<String, Object> plain(Value value) {
		return plain((MapAccessor) value);
	}

	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			var result = new ArrayList<@Nullable Object>(list.size());
			list.forEach(item -> result.add(plain(item)));
			return result;
		}
		if (value instanceof Map<?, ?> map) {
			var result = new TreeMap<String, Object>();
			map.forEach((key, item) -> {
				Object plain = plain(item);
				if (plain != null) {
					result.put(String.valueOf(key), plain);
				}
			});
			return result;
		}
		return value;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value instanceof String string && !string.isBlank()) ? string : null;
	}

	/**
	 * The kind's phrase for an edge of this type, or the type itself, lower-cased,
	 * outside the vocabulary.
	 */
	private static String phrase(String type, Lang language) {
		RelationKind kind = RelationKind.ofType(type);
		return (kind != null) ? kind.phrase(language) : type.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
