package org.oncograph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees: readiness that includes the graph, and metrics for GraphQL and
 * Cypher.
 */
@GraphTest
class OperationsTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Anonymous clients get the status alone; the components (the store's path, Neo4j's
	 * version and address, the scripts) are shown to a token ({@code SecurityTests}).
	 */
	@Test
	void anonymousProbesSeeTheStatusAndNoDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			var health = get(path);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "neo4j", "diskSpace", "migrations", "version", "path");
		}
	}

	@Test
	void prometheusShowsHttpAndGraphQlTimings() throws Exception {
		http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query Sources { sources { id } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		var metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body())
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"Sources\"")
			.contains("graphql_datafetcher_seconds_count")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/graphql\"")
			// Spring Security's filters and authorizations are not observed
			// (SecurityConfiguration)
			.doesNotContain("spring_security_");
	}

	@Test
	void springSecurityObservesNothing(@Autowired SecurityObservationSettings settings) {
		// with these off its filter chain is not wrapped in observation decorators at all
		// (BENCHMARKS.md, fix 21)
		assertThat(settings.shouldObserveRequests()).isFalse();
		assertThat(settings.shouldObserveAuthentications()).isFalse();
		assertThat(settings.shouldObserveAuthorizations()).isFalse();
	}

}
