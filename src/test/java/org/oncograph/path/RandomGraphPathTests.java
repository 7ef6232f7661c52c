package org.oncograph.path;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.oncograph.entity.Entity;
import org.oncograph.model.Lang;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests: on seeded random multigraphs in a separate in-process Neo4j, the Cypher
 * path search agrees with a brute-force enumeration of simple paths (lengths of k
 * shortest, number of all shortest, exclusions, the hop cap, the relation filter) and the
 * connection summary with breadth-first search. A failing seed names itself in the test
 * name, so it can be replayed.
 */
class RandomGraphPathTests {

	static Neo4j neo4j;

	static Driver driver;

	static PathFinder finder;

	static final Set<String> DEFAULT_TYPES = Set.of("AFFILIATED_WITH", "PARTICIPATED_IN", "COOPERATES_WITH");

	@BeforeAll
	static void start() {
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
		driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
		finder = new PathFinder(Neo4jClient.create(driver));
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 30);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void pathsAgreeWithASimplePathOracle(long seed) {
		var random = new Random(seed);
		var graph = RandomGraph.generate(random, 6);
		graph.load(driver);
		for (int trial = 0; trial < 4; trial++) {
			String from = graph.ids().get(random.nextInt(graph.ids().size()));
			String to = other(graph, from, random);
			int maxHops = 1 + random.nextInt(PathArguments.MAX_HOPS);
			int k = 1 + random.nextInt(PathArguments.MAX_K);
			Set<String> excluded = new HashSet<>();
			if (random.nextBoolean()) {
				String candidate = graph.ids().get(random.nextInt(graph.ids().size()));
				if (!candidate.equals(from) && !candidate.equals(to)) {
					excluded.add(candidate);
				}
			}
			List<Integer> oracle = graph.simplePathLengths(from, to, maxHops, DEFAULT_TYPES, excluded);
			String what = from + " -> " + to + ", maxHops " + maxHops + ", k " + k + ", excluding " + excluded;

			var shortestK = finder.paths(request(from, to, maxHops, k, false, List.copyOf(excluded)));
			assertThat(shortestK).as(what)
				.extracting(CollaborationPath::length)
				.containsExactlyElementsOf(oracle.subList(0, Math.min(k, oracle.size())));
			shortestK.forEach(path -> isASimplePath(path, from, to, excluded));
			assertThat(shortestK).as("k shortest are different paths, " + what)
				.extracting(RandomGraphPathTests::edges)
				.doesNotHaveDuplicates();

			var allShortest = finder.paths(request(from, to, maxHops, 1, true, List.copyOf(excluded)));
			long shortestCount = oracle.isEmpty() ? 0 : oracle.stream().filter(oracle.getFirst()::equals).count();
			assertThat(allShortest).as("all shortest, " + what)
				.hasSize((int) shortestCount)
				.allSatisfy(path -> assertThat(path.length()).isEqualTo(oracle.getFirst()));
			allShortest.forEach(path -> isASimplePath(path, from, to, excluded));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void connectionAgreesWithBreadthFirstSearch(long seed) {
		var random = new Random(seed);
		var graph = RandomGraph.generate(random, 5);
		graph.load(driver);
		String from = graph.ids().get(random.nextInt(graph.ids().size()));
		String to = other(graph, from, random);
		List<Integer> oracle = graph.simplePathLengths(from, to, PathArguments.MAX_HOPS, DEFAULT_TYPES, Set.of());
		var connection = finder.connection(from, to, List.copyOf(DEFAULT_TYPES));
		if (oracle.isEmpty()) {
			assertThat(connection.distance()).isNull();
			assertThat(connection.shortestPathCount()).isZero();
		}
		else {
			assertThat(connection.distance()).isEqualTo(oracle.getFirst());
			assertThat(connection.shortestPathCount())
				.isEqualTo((int) oracle.stream().filter(oracle.getFirst()::equals).count());
		}
		var neighbours = graph.simpleNeighbours(DEFAULT_TYPES);
		Set<String> shared = new HashSet<>(neighbours.get(from));
		shared.retainAll(neighbours.get(to));
		assertThat(connection.sharedNeighbours()).extracting(n -> n.entity().id())
			.containsExactlyInAnyOrderElementsOf(shared);
	}

	private static PathRequest request(String from, String to, int maxHops, int k, boolean all, List<String> excluded) {
		return new PathArguments(from, to, maxHops, k, all, null, false, excluded, null, null, Lang.en).request();
	}

	private static String other(RandomGraph graph, String id, Random random) {
		List<String> others = graph.ids().stream().filter(other -> !other.equals(id)).toList();
		return others.get(random.nextInt(others.size()));
	}

	/** The edges of a path, by the evidence that names each one ("edge 12"). */
	private static List<String> edges(CollaborationPath path) {
		return path.steps().stream().map(step -> step.sources().getFirst().evidence()).toList();
	}

	/**
	 * Starts and ends where asked, never repeats a node, passes no excluded node, follows
	 * only default types.
	 */
	private static void isASimplePath(CollaborationPath path, String from, String to, Set<String> excluded) {
		List<String> ids = path.nodes().stream().map(Entity::id).toList();
		assertThat(ids.getFirst()).isEqualTo(from);
		assertThat(ids.getLast()).isEqualTo(to);
		assertThat(ids).doesNotHaveDuplicates().noneMatch(excluded::contains);
		assertThat(path.steps()).hasSize(path.length());
		IntStream.range(0, path.length()).forEach(i -> {
			PathStep step = path.steps().get(i);
			assertThat(step.from().id()).isEqualTo(ids.get(i));
			assertThat(step.to().id()).isEqualTo(ids.get(i + 1));
			assertThat(DEFAULT_TYPES).contains(step.relation());
			assertThat(step.sources()).singleElement().satisfies(source -> {
				assertThat(source.source().id()).isEqualTo("source:t");
				assertThat(source.evidence()).startsWith("edge ");
			});
			assertThat(step.explanation()).endsWith("(source: Test).");
		});
	}

}
