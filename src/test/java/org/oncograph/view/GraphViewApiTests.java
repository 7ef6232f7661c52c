package org.oncograph.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code neighborhood}, {@code subgraph} and {@code pathGraph} over HTTP on the loaded
 * graph, and the embedding headers.
 */
@GraphTest
class GraphViewApiTests {

	static final String KONDRATOVICH = "person:kondratovich-viktor";

	static final String MINSK_CENTER = "institution:minsk-city-clinical-oncology-center";

	static final String KAPRIN = "person:kaprin-andrey";

	record Node(String id, String label, String type, Map<String, Object> properties) {
	}

	record Edge(String id, String source, String target, String type, String label, Map<String, Object> properties) {
	}

	record View(List<Node> nodes, List<Edge> edges, boolean truncated) {

		List<String> nodeIds() {
			return this.nodes.stream().map(Node::id).toList();
		}

		List<String> edgeIds() {
			return this.edges.stream().map(Edge::id).toList();
		}

	}

	@Autowired
	Driver driver;

	HttpGraphQlTester graphQl;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
		this.http = GraphQlOverHttp.client(port);
	}

	View neighborhood(String id, int depth, int limit) {
		return neighborhood(id, depth, limit, 1000);
	}

	View neighborhood(String id, int depth, int limit, @Nullable Integer maxDegree) {
		return this.graphQl.documentName("viewNeighborhood")
			.variable("id", id)
			.variable("depth", depth)
			.variable("limit", limit)
			.variable("maxDegree", maxDegree)
			.execute()
			.path("neighborhood")
			.entity(View.class)
			.get();
	}

	/**
	 * Every edge joins two nodes of the view and its id is {@code source|TYPE|target}.
	 */
	static void assertWellFormed(View view) {
		assertThat(view.nodeIds()).doesNotHaveDuplicates();
		assertThat(view.edgeIds()).doesNotHaveDuplicates();
		for (Edge edge : view.edges()) {
			assertThat(edge.id()).isEqualTo(edge.source() + "|" + edge.type() + "|" + edge.target());
			assertThat(view.nodeIds()).contains(edge.source(), edge.target());
		}
	}

	@Test
	void neighborhoodHasTheCentreFirstItsNeighboursAndTheRelationshipsAmongThem() {
		View view = neighborhood(KONDRATOVICH, 1, 200);
		assertWellFormed(view);
		assertThat(view.truncated()).isFalse();
		assertThat(view.nodeIds().getFirst()).isEqualTo(KONDRATOVICH);
		assertThat(view.nodeIds()).contains(MINSK_CENTER, "event:2025-round-table-minsk");
		assertThat(view.edgeIds()).contains(KONDRATOVICH + "|AFFILIATED_WITH|" + MINSK_CENTER,
				// an edge between two neighbours, not touching the centre
				"event:2025-round-table-minsk|TOOK_PLACE_AT|" + MINSK_CENTER);
		Node centre = view.nodes().getFirst();
		assertThat(centre.type()).isEqualTo("PERSON");
		assertThat(centre.label()).isEqualTo("Viktor Kondratovich");
		assertThat(centre.properties()).containsEntry("name", "Виктор Кондратович");
		@SuppressWarnings("unchecked")
		var sources = (List<Map<String, Object>>) centre.properties().get("sources");
		assertThat(sources).isNotEmpty()
			.allSatisfy(source -> assertThat(source).containsKeys("id", "title", "evidence"));
		Edge job = view.edges()
			.stream()
			.filter(edge -> edge.type().equals("AFFILIATED_WITH"))
			.findFirst()
			.orElseThrow();
		assertThat(job.label()).isEqualTo("chief physician");
		assertThat(job.properties()).containsEntry("role", "главный врач").doesNotContainKey("evidence");
		assertThat(job.properties().get("sources").toString()).contains("source:000", "главный врач");
	}

	@Test
	void labelsAreInTheLanguageAskedFor() {
		View view = this.graphQl.documentName("viewNeighborhood")
			.variable("id", KONDRATOVICH)
			.variable("lang", "ru")
			.execute()
			.path("neighborhood")
			.entity(View.class)
			.get();
		assertThat(view.nodes().getFirst().label()).isEqualTo("Виктор Кондратович");
		assertThat(view.edges()).anySatisfy(edge -> assertThat(edge.label()).isEqualTo("главный врач"));
	}

	@Test
	void truncationKeepsTheSamePrefixOfNearestThenBestConnectedNodesEveryTime() {
		View whole = neighborhood(KONDRATOVICH, 2, 500);
		View cut = neighborhood(KONDRATOVICH, 2, 10);
		assertThat(whole.truncated()).isFalse();
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.nodeIds()).isEqualTo(whole.nodeIds().subList(0, 10));
		assertThat(neighborhood(KONDRATOVICH, 2, 10)).isEqualTo(cut);
		assertWellFormed(cut);
		// every direct neighbour comes before any node two steps away, so the cut view
		// stays connected
		List<String> direct = neighborhood(KONDRATOVICH, 1, 500).nodeIds();
		assertThat(cut.nodeIds()).containsAll(direct.subList(0, Math.min(direct.size(), 10)));
		assertThat(neighborhood(KONDRATOVICH, 2, 1).nodeIds()).containsExactly(KONDRATOVICH);
	}

	@Test
	void aCentreWithAtLeastLimitNeighboursIsCutAmongThemAsTheFullSearchWouldCutIt() {
		List<String> whole = neighborhood(KONDRATOVICH, 2, 500).nodeIds();
		int near = neighborhood(KONDRATOVICH, 1, 500).nodeIds().size() - 1;
		assertThat(near).isGreaterThan(2);
		// limit = near: the search stops at the direct neighbours; limit = near + 1: it
		// goes on to the second ring
		for (int limit : new int[] { near - 1, near, near + 1 }) {
			View cut = neighborhood(KONDRATOVICH, 2, limit);
			assertThat(cut.nodeIds()).as("limit %d", limit).isEqualTo(whole.subList(0, limit));
			assertThat(cut.truncated()).isTrue();
			assertWellFormed(cut);
		}
	}

	@Test
	void entitiesWithMoreRelationshipsThanMaxDegreeAreShownButNotGoneThrough() {
		List<String> direct = neighborhood(KONDRATOVICH, 1, 500).nodeIds();
		Map<String, Long> degrees = degrees(direct.subList(1, direct.size()));
		long least = degrees.values().stream().mapToLong(Long::longValue).min().orElseThrow();
		assertThat(degrees.values()).as("direct neighbours of different degrees").anyMatch(degree -> degree > least);
		var expected = new TreeSet<>(direct);
		degrees.forEach((id, degree) -> {
			if (degree <= least) {
				expected.addAll(neighborhood(id, 1, 500).nodeIds());
			}
		});

		View pruned = neighborhood(KONDRATOVICH, 2, 500, (int) least);
		assertWellFormed(pruned);
		assertThat(pruned.nodeIds()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(pruned.truncated()).as("hubs were left unexpanded").isTrue();

		View everything = neighborhood(KONDRATOVICH, 2, 500, null);
		assertThat(everything.truncated()).isFalse();
		assertThat(everything.nodeIds()).containsAll(expected).hasSizeGreaterThan(expected.size());
		// no entity of the sources has more than 1,000 relationships: the default changes
		// nothing here
		assertThat(neighborhood(KONDRATOVICH, 2, 500)).isEqualTo(everything);
		// the centre is always gone through, and a depth-1 view expands nothing else
		assertThat(neighborhood(KONDRATOVICH, 1, 500, 0)).isEqualTo(neighborhood(KONDRATOVICH, 1, 500));
	}

	/**
	 * Each entity's relationships, those of the sources that mention it left out, read
	 * directly.
	 */
	private Map<String, Long> degrees(List<String> ids) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					UNWIND $ids AS id
					MATCH (n:Entity {id: id})
					RETURN id, COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } AS degree""", Map.of("ids", ids))
				.stream()
				.collect(Collectors.toMap(row -> row.get("id").asString(), row -> row.get("degree").asLong())));
		}
	}

	/**
	 * The best-connected institution (relationships but its mentions, then by id), the
	 * issue's example of a depth-3 view filled by the cities of its country.
	 */
	static String bestConnectedInstitution(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (n:Institution)
					RETURN n.id AS id ORDER BY COUNT { (n)--() } - COUNT { (n)<-[:MENTIONS]-() } DESC, id LIMIT 1""")
				.single()
				.get("id")
				.asString());
		}
	}

	/**
	 * Checks {@code farGeography} against a breadth-first search over every relationship
	 * between entities, read directly: with it false, a step from the centre may reach
	 * anything and any other step neither starts nor ends at a city or a country.
	 */
	@Test
	void withoutFarGeographyPlacesAreOnlyNeighboursOfTheCentreAndNoPathGoesThroughOne() {
		Map<String, List<String>> links = new HashMap<>();
		Map<String, Boolean> place = new HashMap<>();
		try (var session = this.driver.session()) {
			session.executeRead(tx -> tx.run("""
					MATCH (a:Entity)-[r]->(b:Entity)
					RETURN a.id AS a, b.id AS b, a:City|Country AS aPlace, b:City|Country AS bPlace""").list())
				.forEach(row -> {
					String a = row.get("a").asString();
					String b = row.get("b").asString();
					links.computeIfAbsent(a, id -> new ArrayList<>()).add(b);
					links.computeIfAbsent(b, id -> new ArrayList<>()).add(a);
					place.put(a, row.get("aPlace").asBoolean());
					place.put(b, row.get("bPlace").asBoolean());
				});
		}
		String institution = bestConnectedInstitution(this.driver);
		for (String centre : List.of(institution, "country:russia")) {
			for (int depth = 1; depth <= 3; depth++) {
				var seen = new TreeSet<>(List.of(centre));
				List<String> ring = List.of(centre);
				for (int step = 0; step < depth; step++) {
					var next = new ArrayList<String>();
					for (String from : ring) {
						if (!from.equals(centre) && place.getOrDefault(from, false)) {
							continue;
						}
						for (String to : links.getOrDefault(from, List.of())) {
							if ((from.equals(centre) || !place.getOrDefault(to, false)) && seen.add(to)) {
								next.add(to);
							}
						}
					}
					ring = next;
				}
				View near = shape(centre, depth, false);
				assertWellFormed(near);
				assertThat(near.truncated()).isFalse();
				assertThat(near.nodeIds()).as("%s at depth %d", centre, depth)
					.containsExactlyInAnyOrderElementsOf(seen);
				View all = shape(centre, depth, true);
				assertThat(all.edgeIds()).containsAll(near.edgeIds());
				assertThat(near.edgeIds()).as("every relationship among the entities kept")
					.containsExactlyInAnyOrderElementsOf(all.edges()
						.stream()
						.filter(edge -> seen.contains(edge.source()) && seen.contains(edge.target()))
						.map(Edge::id)
						.toList());
				if (depth == 1) {
					assertThat(near).isEqualTo(all);
				}
			}
		}
		View all = shape(institution, 3, true);
		View near = shape(institution, 3, false);
		List<String> direct = shape(institution, 1, true).nodeIds();
		assertThat(all.nodes()).as("the full view has places beyond the centre's neighbours")
			.anySatisfy(node -> assertThat(node.type()).isIn("CITY", "COUNTRY")
				.satisfies(type -> assertThat(direct).doesNotContain(node.id())));
		assertThat(near.nodes()).filteredOn(node -> node.type().equals("CITY") || node.type().equals("COUNTRY"))
			.extracting(Node::id)
			.allSatisfy(id -> assertThat(direct).contains(id));
		System.out.printf("%s depth 3: all %d nodes %d edges; near %d nodes %d edges%n", institution,
				all.nodes().size(), all.edges().size(), near.nodes().size(), near.edges().size());
	}

	/**
	 * The ids, kinds and relationships of a neighbourhood with every entity gone through,
	 * without labels and properties (a whole country's are more than the test client
	 * buffers).
	 */
	View shape(String id, int depth, boolean farGeography) {
		return this.graphQl.documentName("viewNeighborhoodShape")
			.variable("id", id)
			.variable("depth", depth)
			.variable("limit", 500)
			.variable("maxDegree", null)
			.variable("farGeography", farGeography)
			.execute()
			.path("neighborhood")
			.entity(View.class)
			.get();
	}

	@Test
	void filtersKeepOnlyTheKindsAndRelationsAskedFor() {
		View view = this.graphQl.documentName("viewNeighborhood")
			.variable("id", KONDRATOVICH)
			.variable("depth", 2)
			.variable("types", List.of("PERSON", "INSTITUTION"))
			.variable("relations", List.of("AFFILIATED_WITH", "MEMBER_OF", "PART_OF"))
			.execute()
			.path("neighborhood")
			.entity(View.class)
			.get();
		assertWellFormed(view);
		assertThat(view.nodes()).extracting(Node::type).containsOnly("PERSON", "INSTITUTION");
		assertThat(view.edges()).extracting(Edge::type).containsOnly("AFFILIATED_WITH", "MEMBER_OF", "PART_OF");
		assertThat(view.nodeIds()).contains(MINSK_CENTER, "institution:council-of-the-republic");
	}

	@ParameterizedTest
	@CsvSource({ "0, 200, 1000, depth", "4, 200, 1000, depth", "1, 0, 1000, limit", "1, 501, 1000, limit",
			"2, 200, -1, maxDegree" })
	void depthLimitAndMaxDegreeOutOfRangeAreBadRequests(int depth, int limit, int maxDegree, String argument) {
		this.graphQl.documentName("viewNeighborhood")
			.variable("id", KONDRATOVICH)
			.variable("depth", depth)
			.variable("limit", limit)
			.variable("maxDegree", maxDegree)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains(argument);
			}));
	}

	@Test
	void anUnknownCentreIsNotFound() {
		this.graphQl.documentName("viewNeighborhood")
			.variable("id", "person:nobody")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

	@Test
	void subgraphHasTheGivenEntitiesAndTheSameEdgeIdsAsOtherViews() {
		View view = this.graphQl.documentName("viewSubgraph")
			.variable("ids", List.of(MINSK_CENTER, KONDRATOVICH, "event:2025-round-table-minsk", "person:nobody"))
			.execute()
			.path("subgraph")
			.entity(View.class)
			.get();
		assertWellFormed(view);
		assertThat(view.truncated()).isFalse();
		assertThat(view.nodeIds()).containsExactly("event:2025-round-table-minsk", MINSK_CENTER, KONDRATOVICH);
		assertThat(view.edgeIds()).contains(KONDRATOVICH + "|AFFILIATED_WITH|" + MINSK_CENTER,
				KONDRATOVICH + "|PARTICIPATED_IN|event:2025-round-table-minsk");
		assertThat(neighborhood(KONDRATOVICH, 1, 200).edgeIds()).containsAll(view.edgeIds());
	}

	@Test
	void pathGraphDrawsThePathsThatCollaborationPathsFinds() {
		var response = this.graphQl.documentName("viewPathGraph")
			.variable("from", KONDRATOVICH)
			.variable("to", KAPRIN)
			.variable("k", 1)
			.execute();
		View view = response.path("pathGraph").entity(View.class).get();
		List<String> pathIds = response.path("collaborationPaths[0].nodes[*].id").entityList(String.class).get();
		assertWellFormed(view);
		assertThat(view.nodeIds()).containsExactlyInAnyOrderElementsOf(pathIds);
		assertThat(view.edges()).hasSize(pathIds.size() - 1);
		assertThat(view.edges()).allSatisfy(edge -> assertThat(edge.properties()).containsKey("sources"));
	}

	@Test
	void theViewerPageMayBeFramedAndTheApiCalledFromOtherOrigins() {
		this.http.get()
			.uri("/view?focus=" + KONDRATOVICH)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy", policy -> assertThat(policy).contains("frame-ancestors *"))
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("/view/oncograph-view.js"));
		this.http.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://partner.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://partner.example.org");
		this.http.get().uri("/webjars/cytoscape/dist/cytoscape.min.js").exchange().expectStatus().isOk();
	}

}
