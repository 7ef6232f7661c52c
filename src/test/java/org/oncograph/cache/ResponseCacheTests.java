package org.oncograph.cache;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.curation.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache in the running app: a repeated query costs no statement and gives
 * the same answer, a mutation is never cached and makes the next read run again, answers
 * are not shared across roles, answers with errors are not kept, and the cache shows in
 * Prometheus.
 */
@CurationTest
@TestPropertySource(properties = "oncograph.response-cache.enabled=true")
class ResponseCacheTests {

	static final String PERSON = "person:kaprin-andrey";

	static final String NEIGHBORHOOD = """
			query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id label } edges { source target type } } }""";

	@Autowired
	CypherStatementCounter statements;

	@Autowired
	ResponseCache cache;

	HttpGraphQlTester anonymous;

	HttpGraphQlTester curator;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.anonymous = GraphQlOverHttp.graphQl(port);
		this.curator = CurationTest.Clients.as(port, CurationTest.CURATOR_KEY);
		this.http = GraphQlOverHttp.client(port);
	}

	Map<String, Object> person(HttpGraphQlTester client, String id) {
		return client.documentName("person").variable("id", id).execute().path("person").entity(Map.class).get();
	}

	@Test
	void aRepeatedQueryCostsNoStatementAndGivesTheSameAnswer() {
		Map<String, Object> first = person(this.anonymous, PERSON);
		Object[] again = new Object[1];
		assertThat(this.statements.countWhile(() -> again[0] = person(this.anonymous, PERSON))).isZero();
		assertThat(again[0]).isEqualTo(first);

		this.anonymous.document(NEIGHBORHOOD).variable("id", PERSON).execute();
		assertThat(this.statements.countWhile(() -> this.anonymous.document(NEIGHBORHOOD)
			.variable("id", PERSON)
			.execute()
			.path("neighborhood.nodes")
			.entityList(Object.class)
			.hasSizeGreaterThan(10))).isZero();
		// Other variables are another answer.
		assertThat(this.statements.countWhile(() -> person(this.anonymous, "person:kondratovich-viktor"))).isPositive();
	}

	@Test
	void aMutationIsNeverCachedAndTheNextReadSeesIt() {
		String source = "source:004";
		Map<String, Object> input = Map.of("type", "TOPIC", "name", "Кэш ответов", "nameEn", "Response caching",
				"sources", List.of(Map.of("source", source, "evidence", "слова")));
		String search = "{ search(text: \"Response caching\") { node { id } } }";
		this.anonymous.document(search).execute().path("search").entityList(Object.class).hasSize(0);
		this.anonymous.document(search).execute().path("search").entityList(Object.class).hasSize(0);

		String id = this.curator.documentName("upsertEntity")
			.variable("input", input)
			.execute()
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.get();
		this.anonymous.document(search).execute().path("search[0].node.id").entity(String.class).isEqualTo(id);
		// The same mutation again: run again (refused as a duplicate now), not answered
		// from
		// a cache.
		this.curator.documentName("upsertEntity")
			.variable("input", input)
			.execute()
			.path("upsertEntity.errors[0].code")
			.entity(String.class)
			.isEqualTo("DUPLICATE");
	}

	@Test
	void answersAreNotSharedAcrossRolesAndAnswersWithErrorsAreNotKept() {
		String retractions = "{ retractions(first: 5) { id } }";
		this.curator.document(retractions).execute().path("retractions").entityList(Object.class);
		this.anonymous.document(retractions)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));

		String unknown = "{ person(id: \"person:nobody-at-all\") { id } }";
		this.anonymous.document(unknown).execute().errors().expect(error -> true);
		assertThat(
				this.statements.countWhile(() -> this.anonymous.document(unknown).execute().errors().expect(e -> true)))
			.isPositive();
	}

	@Test
	void theCacheShowsInPrometheus() {
		person(this.anonymous, PERSON);
		person(this.anonymous, PERSON);
		assertThat(this.cache.size()).isPositive();
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body)
				.containsPattern("cache_gets_total\\{[^}]*cache=\"oncograph.graphql.responses\"[^}]*result=\"hit\"")
				.contains("cache_evictions_total{")
				.contains("oncograph_graph_version_read_seconds_count"));
	}

	/**
	 * The same depth-2 neighborhood 100 times answered from the cache and 100 times run
	 * (the cache emptied before each): hits are faster. The medians are printed (the
	 * machine is shared, so only their order is checked).
	 */
	@Test
	void hitsAreFasterThanRunningTheQuery() {
		Runnable request = () -> this.anonymous.document(NEIGHBORHOOD)
			.variable("id", PERSON)
			.execute()
			.path("neighborhood.nodes")
			.entityList(Object.class)
			.hasSizeGreaterThan(10);
		for (int i = 0; i < 20; i++) {
			request.run();
			this.cache.graphChanged(new org.oncograph.version.GraphVersionChanged(-1));
			request.run();
		}
		long[] misses = new long[100];
		long[] hits = new long[100];
		for (int i = 0; i < 100; i++) {
			this.cache.graphChanged(new org.oncograph.version.GraphVersionChanged(-1));
			misses[i] = timed(request);
			hits[i] = timed(request);
		}
		java.util.Arrays.sort(misses);
		java.util.Arrays.sort(hits);
		System.out.printf("neighborhood depth 2 over HTTP, median of 100: %.2f ms run, %.2f ms from the cache%n",
				misses[50] / 1e6, hits[50] / 1e6);
		assertThat(hits[50]).isLessThan(misses[50]);
	}

	private static long timed(Runnable request) {
		long started = System.nanoTime();
		request.run();
		return System.nanoTime() - started;
	}

}
