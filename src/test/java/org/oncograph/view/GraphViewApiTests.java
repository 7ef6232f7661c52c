package org.oncograph.view;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code neighborhood}, {@code subgraph} and {@code pathGraph} over HTTP on the loaded graph, and the embedding headers. */
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

	HttpGraphQlTester graphQl;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
		this.http = GraphQlOverHttp.client(port);
	}

	View neighborhood(String id, int depth, int limit) {
		return this.graphQl.documentName("viewNeighborhood")
			.variable("id", id)
			.variable("depth", depth)
			.variable("limit", limit)
			.execute()
			.path("neighborhood")
			.entity(View.class)
			.get();
	}

	/** Every edge joins two nodes of the view and its id is {@code source|TYPE|target}. */
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
		assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source).containsKeys("id", "title", "evidence"));
		Edge job = view.edges().stream().filter(edge -> edge.type().equals("AFFILIATED_WITH")).findFirst().orElseThrow();
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
		// every direct neighbour comes before any node two steps away, so the cut view stays connected
		List<String> direct = neighborhood(KONDRATOVICH, 1, 500).nodeIds();
		assertThat(cut.nodeIds()).containsAll(direct.subList(0, Math.min(direct.size(), 10)));
		assertThat(neighborhood(KONDRATOVICH, 2, 1).nodeIds()).containsExactly(KONDRATOVICH);
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
	@CsvSource({ "0, 200, depth", "4, 200, depth", "1, 0, limit", "1, 501, limit" })
	void depthAndLimitOutOfRangeAreBadRequests(int depth, int limit, String argument) {
		this.graphQl.documentName("viewNeighborhood")
			.variable("id", KONDRATOVICH)
			.variable("depth", depth)
			.variable("limit", limit)
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
		this.http.get()
			.uri("/webjars/cytoscape/dist/cytoscape.min.js")
			.exchange()
			.expectStatus()
			.isOk();
	}

}
