package org.oncograph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The k shortest simple paths (k > 1) between two entities, in {@link #ORDER}, fewer when
 * there are not as many: at most k statements in the caller's transaction, each a
 * shortest-path search from both ends, which return the paths as skeletons (element ids,
 * ids and types) whose details the caller reads. It is Yen's algorithm over Cypher's
 * {@code ALL SHORTEST} and {@code SHORTEST 1}, which Neo4j plans as a breadth-first
 * search from both ends ({@code ShortestPath}), because it plans {@code SHORTEST k} for k
 * > 1 (in any path mode) as a search from one end that keeps paths
 * ({@code StatefulShortestPath}), which can run to the transaction timeout when it
 * crosses a hub:
 * <ol>
 * <li>every shortest path ({@code ALL SHORTEST}), the first k in the order of their ids:
 * when there are k of them, that is the answer;</li>
 * <li>otherwise, Yen's step until there are k: for each path found last and each node on
 * it (the spur) from where it left the path it came from (Lawler's saving), the shortest
 * path from the spur to the end that avoids the nodes before the spur and the next
 * relationship of every path found with the same beginning. The beginning plus that spur
 * is a candidate; the shortest candidates are the next paths (all of that length, as many
 * as still wanted: no path found later can be shorter). The spurs of the paths added in
 * one round are one statement.</li>
 * </ol>
 * Each round of spurs adds at least one path, so there are at most k - 1 rounds after the
 * first search. BENCHMARKS.md (fixes 19 and 20) has the measurements.
 */
final class KShortestPaths {

	/** Every shortest path, the first {@code $k} in the order of their ids and types. */
	private static final String SHORTEST = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = ALL SHORTEST ((a) (%s){1,%d} (b))
			WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
			ORDER BY ids, types
			LIMIT $k
			RETURN -1 AS root, ids, types, [n IN nodes(p) | elementId(n)] AS nodes,
			       [r IN relationships(p) | elementId(r)] AS relationships""";

	/**
	 * The shortest path from each spur to the end, avoiding the spur's {@code nodes} and
	 * {@code relationships} (element ids); {@code root} numbers the spur in the request.
	 */
	private static final String SPURS = """
			CYPHER 25
			UNWIND $spurs AS spur
			CALL (spur) {
			  MATCH (s) WHERE elementId(s) = spur.from
			  MATCH (b:Entity {id: $to})
			  MATCH p = SHORTEST 1 ((s) (%s){1,%d} (b))
			  RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types,
			         [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS relationships
			}
			RETURN spur.root AS root, ids, types, nodes, relationships""";

	/**
	 * What a spur's step must not take: the next relationship of the paths found with the
	 * same beginning.
	 */
	private static final String SPUR_AVOIDS = "NOT elementId(r) IN spur.relationships";

	/** Where a spur's step must not go: the nodes before the spur. */
	private static final String SPUR_AVOIDS_NODE = "NOT elementId(y) IN spur.nodes";

	/**
	 * Shortest first, then by the ids of the nodes, then by the relationship types: the
	 * order of the answer. Parallel relationships of one type make different paths with
	 * the same ids and types; their element ids tell them apart, so that the candidates'
	 * sorted set keeps both.
	 */
	private static final Comparator<Skeleton> ORDER = Comparator.comparingInt(Skeleton::length)
		.thenComparing(Skeleton::ids, KShortestPaths::compare)
		.thenComparing(Skeleton::types, KShortestPaths::compare)
		.thenComparing(Skeleton::relationships, KShortestPaths::compare);

	/**
	 * A path as found: its nodes' ids and element ids, its relationships' types and
	 * element ids, in path order.
	 *
	 * @param ids the ids of the nodes
	 * @param types the types of the relationships
	 * @param nodes the element ids of the nodes
	 * @param relationships the element ids of the relationships
	 */
	record Skeleton(List<String> ids, List<String> types, List<String> nodes, List<String> relationships) {

		int length() {
			return this.relationships.size();
		}

		/**
		 * The first {@code hops} steps of this path followed by {@code spur}, which
		 * starts where they end.
		 */
		Skeleton join(int hops, Skeleton spur) {
			return new Skeleton(concat(this.ids.subList(0, hops), spur.ids),
					concat(this.types.subList(0, hops), spur.types), concat(this.nodes.subList(0, hops), spur.nodes),
					concat(this.relationships.subList(0, hops), spur.relationships));
		}

		private static List<String> concat(List<String> head, List<String> tail) {
			var result = new ArrayList<String>(head.size() + tail.size());
			result.addAll(head);
			result.addAll(tail);
			return List.copyOf(result);
		}

	}

	/** The spur at node {@code hops} of {@code path}. */
	private record Spur(Skeleton path, int hops) {
	}

	/** A row of {@link #SHORTEST} (root -1) or of {@link #SPURS}. */
	private record Row(int root, Skeleton path) {
	}

	private final Neo4jClient neo4j;

	KShortestPaths(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The {@code request.k()} shortest simple paths, in {@link #ORDER}, fewer when there
	 * are not as many.
	 * @param request the checked request: its k and hop cap
	 * @param step the step of the request's path pattern
	 * @param parameters the request's parameters, {@code from} and {@code to} included
	 */
	List<Skeleton> find(PathRequest request, PathFinder.Step step, Map<String, Object> parameters) {
		var first = new HashMap<>(parameters);
		first.put("k", request.k());
		List<Skeleton> found = new ArrayList<>(
				read(SHORTEST.formatted(step.pattern(), request.maxHops()), first).stream().map(Row::path).toList());
		if (found.isEmpty() || found.size() >= request.k()) {
			return found;
		}
		String spurStatement = SPURS.formatted(step.and(SPUR_AVOIDS, SPUR_AVOIDS_NODE).pattern(), request.maxHops());
		// every path known so far (by its relationships) and the node where it left the
		// path it was found from
		Map<List<String>, Integer> deviations = new HashMap<>();
		found.forEach(path -> deviations.put(path.relationships(), 0));
		var candidates = new TreeSet<Skeleton>(ORDER);
		List<Skeleton> last = List.copyOf(found);
		while (found.size() < request.k()) {
			List<Spur> spurs = new ArrayList<>();
			Set<List<String>> roots = new HashSet<>();
			for (Skeleton path : last) {
				// Lawler: before its deviation a path shares its root and that root's
				// exclusions with the path it came
				// from, whose spurs there are already candidates
				int deviation = Objects.requireNonNull(deviations.get(path.relationships()));
				for (int hops = deviation; hops < path.length(); hops++) {
					if (roots.add(path.relationships().subList(0, hops))) {
						spurs.add(new Spur(path, hops));
					}
				}
			}
			var spurParameters = new HashMap<>(parameters);
			spurParameters.put("spurs",
					IntStream.range(0, spurs.size()).mapToObj(i -> avoid(i, spurs.get(i), found)).toList());
			for (Row row : read(spurStatement, spurParameters)) {
				Spur spur = spurs.get(row.root());
				Skeleton candidate = spur.path().join(spur.hops(), row.path());
				if (candidate.length() <= request.maxHops()
						&& deviations.putIfAbsent(candidate.relationships(), spur.hops()) == null) {
					candidates.add(candidate);
				}
			}
			if (candidates.isEmpty()) {
				break;
			}
			// Every path not found yet is at least as long as the shortest candidate, so
			// all candidates of that length
			// (as many as are still wanted) are next, in one round; their spurs are the
			// next statement.
			int shortest = candidates.first().length();
			List<Skeleton> next = new ArrayList<>();
			while (!candidates.isEmpty() && candidates.first().length() == shortest
					&& found.size() + next.size() < request.k()) {
				next.add(candidates.pollFirst());
			}
			found.addAll(next);
			last = next;
		}
		found.sort(ORDER);
		return found;
	}

	/**
	 * The parameters of a spur: where it starts, the nodes before it (which it must not
	 * pass) and the relationship that every path found with the same beginning takes next
	 * (which it must not take).
	 */
	private static Map<String, Object> avoid(int index, Spur spur, List<Skeleton> found) {
		int hops = spur.hops();
		List<String> root = spur.path().relationships().subList(0, hops);
		Set<String> taken = new HashSet<>();
		for (Skeleton other : found) {
			if (other.length() > hops && other.relationships().subList(0, hops).equals(root)) {
				taken.add(other.relationships().get(hops));
			}
		}
		return Map.of("root", index, "from", spur.path().nodes().get(hops), "nodes",
				List.copyOf(spur.path().nodes().subList(0, hops)), "relationships", List.copyOf(taken));
	}

	private List<Row> read(String statement, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(statement)
			.bindAll(parameters)
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(row.get("root").asInt(),
					new Skeleton(strings(row.get("ids")), strings(row.get("types")), strings(row.get("nodes")),
							strings(row.get("relationships")))))
			.all());
	}

	private static List<String> strings(Value list) {
		return list.asList(Value::asString);
	}

	private static int compare(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = a.get(i).compareTo(b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
