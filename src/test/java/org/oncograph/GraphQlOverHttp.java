package org.oncograph;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Clients for the app a {@link GraphTest} started: built from the port rather than with
 * {@code @AutoConfigureHttpGraphQlTester}, so every {@code @GraphTest} class keeps
 * sharing one context.
 */
public final class GraphQlOverHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphQlOverHttp() {
	}

	/** A WebTestClient on the running server. */
	public static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * A GraphQL tester posting to {@code /graphql}, reading documents from
	 * {@code graphql-test/}.
	 */
	public static HttpGraphQlTester graphQl(int port) {
		return HttpGraphQlTester.builder(client(port).mutate().baseUrl("http://localhost:" + port + "/graphql"))
			.build();
	}

	/**
	 * POSTs the query to {@code /graphql} (expecting {@code 200}) and returns the whole
	 * answer, {@code data} and {@code errors}, as JSON.
	 */
	public static JsonNode answer(WebTestClient http, String query) {
		byte[] body = http.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

}
