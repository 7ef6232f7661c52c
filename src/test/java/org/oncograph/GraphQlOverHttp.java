package org.oncograph;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Clients for the app a {@link GraphTest} started: built from the port rather than with
 * {@code @AutoConfigureHttpGraphQlTester}, so every {@code @GraphTest} class keeps
 * sharing one context.
 */
public final class GraphQlOverHttp {

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

}
