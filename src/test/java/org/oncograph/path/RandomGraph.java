package org.oncograph.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * A small random multigraph of people and institutions with typed, sourced relationships
 * (parallel ones included), the brute-force oracles the path and analytics code is
 * checked against, and a loader into an otherwise empty database.
 */
public record RandomGraph(List<String> ids, List<Edge> edges) {

	/**
	 * Relationship types drawn from: three followed by default, one (LOCATED_IN) that is
	 * not.
	 */
	static final List<String> TYPES = List.of("AFFILIATED_WITH", "PARTICIPATED_IN", "COOPERATES_WITH", "LOCATED_IN");

	public record Edge(String a, String b, String type) {
	}

	/**
	 * Between {@code minNodes} and twice that many nodes, about 1.5 relationships per
	 * node.
	 */
	public static RandomGraph generate(Random random, int minNodes) {
		int n = minNodes + random.nextInt(minNodes + 1);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add((i % 3 == 0 ? "institution:i" : "person:p") + i);
		}
		int m = n + random.nextInt(n);
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n - 1);
			if (b >= a) {
				b++;
			}
			edges.add(new Edge(ids.get(a), ids.get(b), TYPES.get(random.nextInt(TYPES.size()))));
		}
		return new RandomGraph(ids, edges);
	}

	/**
	 * Replaces whatever the database holds with this graph (and one source every
	 * relationship cites).
	 */
	public void load(Driver driver) {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		driver.executableQuery("CREATE (:Source {id: 'source:t', title: 'Тест', titleEn: 'Test', kind: 'DOCUMENT'})")
			.execute();
		driver.executableQuery("""
				CYPHER 25
				UNWIND $ids AS id
				CREATE (n:Entity:$(CASE WHEN id STARTS WITH 'person:' THEN 'Person' ELSE 'Institution' END)
				        {id: id, name: 'Имя ' + id, nameEn: 'Name ' + id, aliases: [], aliasesEn: []})""")
			.withParameters(Map.of("ids", this.ids))
			.execute();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < this.edges.size(); i++) {
			Edge edge = this.edges.get(i);
			rows.add(Map.of("a", edge.a(), "b", edge.b(), "type", edge.type(), "evidence", "edge " + i));
		}
		driver.executableQuery("""
				CYPHER 25
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
				CREATE (a)-[r:$(row.type)]->(b)
				SET r.sources = ['source:t'], r.evidence = [row.evidence], r.role = 'роль', r.roleEn = 'role'""")
			.withParameters(Map.of("rows", rows))
			.execute();
	}

	/**
	 * Undirected adjacency over the given types: node -> (neighbour, edge index) for each
	 * relationship.
	 */
	Map<String, List<int[]>> adjacency(Set<String> types) {
		Map<String, List<int[]>> adjacency = new HashMap<>();
		this.ids.forEach(id -> adjacency.put(id, new ArrayList<>()));
		for (int i = 0; i < this.edges.size(); i++) {
			Edge edge = this.edges.get(i);
			if (types.contains(edge.type())) {
				adjacency.get(edge.a()).add(new int[] { this.ids.indexOf(edge.b()), i });
				adjacency.get(edge.b()).add(new int[] { this.ids.indexOf(edge.a()), i });
			}
		}
		return adjacency;
	}

	/**
	 * The lengths of every simple path (no node twice; parallel relationships make
	 * different paths) from {@code s} to {@code t} of at most {@code maxHops}
	 * relationships avoiding {@code excluded}, shortest first.
	 */
	public List<Integer> simplePathLengths(String s, String t, int maxHops, Set<String> types, Set<String> excluded) {
		Map<String, List<int[]>> adjacency = adjacency(types);
		List<Integer> lengths = new ArrayList<>();
		Set<String> visited = new HashSet<>(List.of(s));
		walk(s, t, 0, maxHops, adjacency, visited, excluded, lengths);
		lengths.sort(null);
		return lengths;
	}

	private void walk(String at, String t, int depth, int maxHops, Map<String, List<int[]>> adjacency,
			Set<String> visited, Set<String> excluded, List<Integer> lengths) {
		if (depth == maxHops) {
			return;
		}
		for (int[] step : adjacency.get(at)) {
			String next = this.ids.get(step[0]);
			if (next.equals(t)) {
				lengths.add(depth + 1);
			}
			else if (!visited.contains(next) && !excluded.contains(next)) {
				visited.add(next);
				walk(next, t, depth + 1, maxHops, adjacency, visited, excluded, lengths);
				visited.remove(next);
			}
		}
	}

	/**
	 * Distinct neighbours per node over the given types (the simple graph analytics work
	 * on).
	 */
	public Map<String, Set<String>> simpleNeighbours(Set<String> types) {
		Map<String, Set<String>> neighbours = new HashMap<>();
		this.ids.forEach(id -> neighbours.put(id, new HashSet<>()));
		for (Edge edge : this.edges) {
			if (types.contains(edge.type())) {
				neighbours.get(edge.a()).add(edge.b());
				neighbours.get(edge.b()).add(edge.a());
			}
		}
		return neighbours;
	}

	/**
	 * Brute-force betweenness: for every unordered pair {s, t}, the share of its shortest
	 * paths through each v.
	 */
	public Map<String, Double> betweenness(Set<String> types) {
		Map<String, Set<String>> neighbours = simpleNeighbours(types);
		Map<String, Map<String, Integer>> distance = new HashMap<>();
		Map<String, Map<String, Long>> count = new HashMap<>();
		for (String s : this.ids) {
			Map<String, Integer> d = new HashMap<>(Map.of(s, 0));
			Map<String, Long> c = new HashMap<>(Map.of(s, 1L));
			var queue = new java.util.ArrayDeque<>(List.of(s));
			while (!queue.isEmpty()) {
				String u = queue.poll();
				for (String v : neighbours.get(u)) {
					if (!d.containsKey(v)) {
						d.put(v, d.get(u) + 1);
						c.put(v, 0L);
						queue.add(v);
					}
					if (d.get(v) == d.get(u) + 1) {
						c.put(v, c.get(v) + c.get(u));
					}
				}
			}
			distance.put(s, d);
			count.put(s, c);
		}
		Map<String, Double> scores = new HashMap<>();
		this.ids.forEach(id -> scores.put(id, 0.0));
		for (int i = 0; i < this.ids.size(); i++) {
			for (int j = i + 1; j < this.ids.size(); j++) {
				String s = this.ids.get(i);
				String t = this.ids.get(j);
				Integer dst = distance.get(s).get(t);
				if (dst == null) {
					continue;
				}
				for (String v : this.ids) {
					if (v.equals(s) || v.equals(t)) {
						continue;
					}
					Integer dsv = distance.get(s).get(v);
					Integer dvt = distance.get(v).get(t);
					if (dsv != null && dvt != null && dsv + dvt == dst) {
						scores.merge(v, (double) count.get(s).get(v) * count.get(v).get(t) / count.get(s).get(t),
								Double::sum);
					}
				}
			}
		}
		return scores;
	}

}
