package org.oncograph.analytics;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.RelationKind;
import org.oncograph.path.RandomGraph;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Property tests: on seeded random graphs in a separate in-process Neo4j, the projection
 * read by Cypher and the JGraphT analyses agree with brute force: betweenness summed pair
 * by pair (exact, and sampled with every entity a pivot) as JGraphT's exact Brandes,,
 * degree, components by search.
 */
class RandomGraphAnalyticsTests {

	static final List<String> TYPES = List.of("AFFILIATED_WITH", "COOPERATES_WITH", "PARTICIPATED_IN");

	/** The kinds of {@link #TYPES}. */
	static final List<RelationKind> KINDS = TYPES.stream().map(RelationKind::valueOf).toList();

	static Neo4j neo4j;

	static Driver driver;

	static CollaborationNetworks networks;

	@BeforeAll
	static void start() {
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
		driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
		networks = new CollaborationNetworks(Neo4jClient.create(driver));
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 25);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void centralityAndComponentsAgreeWithBruteForce(long seed) {
		var graph = RandomGraph.generate(new Random(seed), 5);
		graph.load(driver);
		networks.invalidate();
		Network network = networks.network(TYPES);
		Set<String> types = Set.copyOf(TYPES);

		Map<String, Double> expected = graph.betweenness(types);
		var neighbours = graph.simpleNeighbours(types);
		assertThat(network.entities().keySet()).containsExactlyInAnyOrderElementsOf(graph.ids());
		// The structure the analyses use, read in pages of 3 entities: the same entities
		// and links, no properties.
		Network structure = new CollaborationNetworks(Neo4jClient.create(driver), 3, AnalyticsProperties.defaults())
			.structure(TYPES, Deadline.none(), "test");
		assertThat(structure.entities()).isEqualTo(network.entities());
		assertThat(structure.edges()).extracting(NetworkEdge::start, NetworkEdge::end, NetworkEdge::type)
			.containsExactlyElementsOf(network.edges()
				.stream()
				.map(e -> org.assertj.core.groups.Tuple.tuple(e.start(), e.end(), e.type()))
				.toList());
		assertThat(structure.edges()).allSatisfy(edge -> assertThat(edge.properties()).isEmpty());
		for (String id : graph.ids()) {
			assertThat(structure.neighbours(id)).isEqualTo(network.neighbours(id));
		}

		Betweenness exact = network.betweenness(Integer.MAX_VALUE, 1, Deadline.none());
		assertThat(exact.exact()).isTrue();
		assertThat(exact.pivots()).isEqualTo(graph.ids().size());
		// Sampled with every entity a pivot (k = n): the same scores as JGraphT's exact
		// Brandes and brute force.
		int n = graph.ids().size();
		Betweenness sampled = new Network(TYPES, network.entities(), network.edges()).betweenness(0, n,
				Deadline.none());
		assertThat(sampled.exact()).isTrue();
		assertThat(sampled.pivots()).isEqualTo(n);
		var simpleGraph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
		graph.ids().forEach(simpleGraph::addVertex);
		neighbours.forEach((a, bs) -> bs.forEach(b -> simpleGraph.addEdge(a, b)));
		Map<String, Double> jgrapht = new BetweennessCentrality<>(simpleGraph, false).getScores();
		for (String id : graph.ids()) {
			assertThat(exact.of(id)).as("betweenness of " + id).isCloseTo(expected.get(id), within(1e-9));
			assertThat(jgrapht.get(id)).as("JGraphT's betweenness of " + id).isCloseTo(expected.get(id), within(1e-9));
			assertThat(sampled.of(id)).as("sampled betweenness of " + id + " with k = n")
				.isCloseTo(expected.get(id), within(1e-9));
			assertThat(network.degree(id)).as("degree of " + id).isEqualTo(neighbours.get(id).size());
		}
		// Fewer pivots: an estimate, the same on every run (fixed seed), each pivot's
		// searches scaled by n / k.
		if (n > 2) {
			Betweenness estimate = new Network(TYPES, network.entities(), network.edges()).betweenness(0, n / 2,
					Deadline.none());
			assertThat(estimate.exact()).isFalse();
			assertThat(estimate.pivots()).isEqualTo(n / 2);
			assertThat(new Network(TYPES, network.entities(), network.edges()).betweenness(0, n / 2, Deadline.none()))
				.isEqualTo(estimate);
		}

		Map<String, Set<String>> componentOf = new HashMap<>();
		for (String id : graph.ids()) {
			Set<String> reached = new HashSet<>(List.of(id));
			var queue = new java.util.ArrayDeque<>(List.of(id));
			while (!queue.isEmpty()) {
				for (String next : neighbours.get(queue.poll())) {
					if (reached.add(next)) {
						queue.add(next);
					}
				}
			}
			componentOf.put(id, reached);
		}
		assertThat(network.components()).containsExactlyInAnyOrderElementsOf(new HashSet<>(componentOf.values()));

		List<Set<String>> communities = network.communities();
		assertThat(communities.stream().mapToInt(Set::size).sum()).isEqualTo(graph.ids().size());
		double modularity = network.modularity(communities).stream().mapToDouble(Double::doubleValue).sum();
		var simple = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
		graph.ids().forEach(simple::addVertex);
		neighbours.forEach((a, bs) -> bs.forEach(b -> simple.addEdge(a, b)));
		if (!simple.edgeSet().isEmpty()) {
			assertThat(modularity).isCloseTo(new UndirectedModularityMeasurer<>(simple).modularity(communities),
					within(1e-9));
		}
	}

	@Test
	void twoCliquesJoinedByABridgeAreTwoCommunitiesWithTheBridgeEndsAsBrokers() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		driver.executableQuery("""
				UNWIND range(0, 9) AS i
				CREATE (:Entity:Person {id: 'person:p' + i, name: 'p' + i, nameEn: 'p' + i, aliases: [], aliasesEn: []})
				WITH count(*) AS created
				MATCH (a:Person), (b:Person)
				WITH a, b, toInteger(substring(a.id, 8)) AS i, toInteger(substring(b.id, 8)) AS j
				WHERE i < j AND ((i < 5 AND j < 5) OR (i >= 5 AND j >= 5) OR (i = 4 AND j = 5))
				CREATE (a)-[:COOPERATES_WITH {sources: [], evidence: []}]->(b)""").execute();
		networks.invalidate();
		Network network = networks.network(TYPES);
		assertThat(network.communities()).containsExactlyInAnyOrder(
				Set.of("person:p0", "person:p1", "person:p2", "person:p3", "person:p4"),
				Set.of("person:p5", "person:p6", "person:p7", "person:p8", "person:p9"));
		// p4 lies on the only shortest paths from p0..p3 to p5..p9: 4 x 5 pairs
		assertThat(network.betweenness(Integer.MAX_VALUE, 1, Deadline.none()).of("person:p4")).isEqualTo(20.0);
		assertThat(new NetworkAnalytics(networks).brokers(new NetworkFilter(null, KINDS, false, 2, null)))
			.extracting(c -> c.entity().id())
			.containsExactly("person:p4", "person:p5");
	}

	@Test
	void aReadNoRequestWaitsForAnyMoreStopsBetweenPagesUnlessItIsTheDefaultNetwork() throws Exception {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		driver.executableQuery(
				"""
						UNWIND range(1000, 1499) AS i
						CREATE (:Entity:Person {id: 'person:p' + i, name: 'p' + i, nameEn: 'p' + i, aliases: [], aliasesEn: []})""")
			.execute();
		// Pages of one entity: 500 read transactions for the whole network.
		var paged = new CollaborationNetworks(Neo4jClient.create(driver), 1, AnalyticsProperties.defaults());
		assertThatExceptionOfType(OncoGraphException.TimedOut.class).isThrownBy(
				() -> paged.structure(List.of("COOPERATES_WITH"), Deadline.after(Duration.ofMillis(100)), "brokers"))
			.withMessageContaining("so its reading stopped");
		ProjectionsTests.awaitUntil(() -> !paged.projections().reading());
		long stopped = paged.pagesRead();
		assertThat(stopped).as("pages read when the request gave up").isBetween(1L, 499L);

		assertThatExceptionOfType(OncoGraphException.TimedOut.class)
			.isThrownBy(() -> paged.structure(CollaborationNetworks.DEFAULT.types(),
					Deadline.after(Duration.ofMillis(100)), "brokers"))
			.withMessageContaining("is still being read from the database after 100 ms");
		ProjectionsTests.awaitUntil(() -> !paged.projections().reading());
		// Every entity's page, and the empty one after the last.
		assertThat(paged.pagesRead() - stopped).isEqualTo(501);
		assertThat(paged
			.structure(CollaborationNetworks.DEFAULT.types(), Deadline.after(Duration.ofMillis(100)), "brokers")
			.entities()).hasSize(500);
	}

}
