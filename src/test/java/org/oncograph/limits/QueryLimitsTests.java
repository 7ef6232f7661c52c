package org.oncograph.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits stop expensive requests with a clear error, and let GraphiQL's
 * introspection through.
 */
@GraphTest
class QueryLimitsTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> query(String query) throws Exception {
		return post(json.writeValueAsString(Map.of("query", query)));
	}

	@Test
	void graphiqlsIntrospectionPassesTheLimits() throws Exception {
		var response = query(IntrospectionQuery.INTROSPECTION_QUERY);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"__schema\"");
		// No top-level errors (the schema itself has fields named "errors": the mutation
		// payloads).
		assertThat(json.readTree(response.body()).has("errors")).isFalse();
	}

	@Test
	void aQueryNestedTooDeeplyIsRefused() throws Exception {
		String nested = "name";
		for (int i = 0; i < 14; i++) {
			nested = "ofType { " + nested + " }";
		}
		var response = query("{ __schema { types { fields { type { " + nested + " } } } } }");
		assertThat(response.body()).contains("maximum query depth exceeded").doesNotContain("\"data\":{");
	}

	@Test
	void aQueryAskingForTooManyRowsIsRefusedForItsComplexity() throws Exception {
		// 40 aliases (under the 50 allowed) of a 100-row page: each costs about 100 rows
		// times 5 fields, past 20,000.
		String aliases = IntStream.range(0, 40)
			.mapToObj(i -> "a" + i + ": entities(first: 100) { nodes { id name nameEn type } }")
			.collect(Collectors.joining(" "));
		var response = query("{ " + aliases + " }");
		assertThat(response.body()).contains("maximum query complexity exceeded");
	}

	@Test
	void aFloodPastTheParsersTokenCapIsRefusedUnparsed() throws Exception {
		String aliases = IntStream.range(0, 3000)
			.mapToObj(i -> "a" + i + ": sources { id }")
			.collect(Collectors.joining(" "));
		var response = query("{ " + aliases + " }");
		assertThat(response.body()).contains("parsing has been cancelled").doesNotContain("\"data\"");
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeParsing() throws Exception {
		var response = post("{\"query\":\"{ sources { id } }\",\"variables\":{\"x\":\"" + "x".repeat(200_000) + "\"}}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than").doesNotContain("Exception");
	}

	@Test
	void anOrdinaryQueryIsUnaffected() throws Exception {
		var response = query("{ sources { id } }");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("source:000").doesNotContain("\"errors\"");
	}

}
