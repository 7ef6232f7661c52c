package org.oncograph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents to the running app over one keep-alive HTTP/1.1 client, as a
 * browser or script would.
 */
final class GraphQlClient {

	/**
	 * Its worker threads are a fixed pool that outlives every measurement, named like the
	 * client's selector thread ({@code HttpClient-…}), so that {@link ClientCpu} sees all
	 * of the client's CPU time (the default pool's idle threads end, and their CPU time
	 * with them).
	 */
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().name("HttpClient-bench-", 0).factory()))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	GraphQlClient(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	/**
	 * The response body; throws when the status is not 200 or the response has errors.
	 */
	String post(String document, Map<String, Object> variables, Duration timeout) {
		String body = this.json.writeValueAsString(Map.of("query", document, "variables", variables));
		var request = HttpRequest.newBuilder(this.endpoint)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (response.statusCode() != 200 || response.body().startsWith("{\"errors\"")
				|| response.body().contains("\"errors\":[{")) {
			throw new IllegalStateException("GraphQL request failed (" + response.statusCode() + "): "
					+ response.body().substring(0, Math.min(400, response.body().length())));
		}
		return response.body();
	}

	JsonNode tree(String body) {
		return this.json.readTree(body);
	}

}
