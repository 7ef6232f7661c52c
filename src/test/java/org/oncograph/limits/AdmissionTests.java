package org.oncograph.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits and bulkheads as a client meets them, with the default settings (in a
 * context of its own: the other full-stack tests have a budget they cannot spend): each
 * test is its own client, an address forwarded by the tests' own, trusted, address. The
 * response cache is off: its hits spend no points (ResponseCacheTests), and these tests
 * measure what running a request spends, sending the same documents again and again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "oncograph.embedded.data-dir=target/neo4j-tests/${random.uuid}",
				"oncograph.embedded.bolt-port=0", "oncograph.analytics.warm-up=false",
				"oncograph.response-cache.enabled=false", "oncograph.admission.trusted-proxies=127.0.0.1,::1" })
class AdmissionTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	static final AtomicInteger clients = new AtomicInteger();

	static final String PERSON = "{ person(id: \"person:kaprin-andrey\") { name affiliations { institution { name } } } }";

	/**
	 * 39 aliases of a 100-row page of 4 fields: 39 × 501 = 19,539 points estimated, about
	 * 39 × 402 = 15,678 in the answer.
	 */
	static final String EXPENSIVE = "{ " + IntStream.range(0, 39)
		.mapToObj(i -> "a" + i + ": entities(first: 100) { nodes { id name nameEn type } }")
		.collect(Collectors.joining(" ")) + " }";

	@LocalServerPort
	int port;

	@Autowired
	Bulkheads bulkheads;

	String client = "10.20.0." + clients.incrementAndGet();

	HttpResponse<String> query(String query) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", this.client)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Forwarded-For", this.client)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Another request of this work, waiting in its bulkhead's queue until a permit comes
	 * free or the queue's wait ends.
	 */
	Thread waitInQueue(Work work) {
		return Thread.ofVirtual().start(() -> {
			try (var permit = this.bulkheads.enter(work, 1)) {
				// Given back at once.
			}
			catch (RuntimeException ex) {
				// OVERLOADED at the end of the wait.
			}
		});
	}

	static long header(HttpResponse<?> response, String name) {
		return Long.parseLong(response.headers().firstValue(name).orElseThrow());
	}

	static JsonNode firstError(HttpResponse<String> response) {
		return json.readTree(response.body()).get("errors").get(0);
	}

	@Test
	void everyAnswerSaysWhatTheClientHasLeft() throws Exception {
		var first = query(PERSON);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(header(first, "RateLimit-Limit")).isEqualTo(60_000);
		long afterFirst = header(first, "RateLimit-Remaining");
		assertThat(afterFirst).as("a small answer costs little").isBetween(60_000L - 100, 60_000L);
		assertThat(header(first, "RateLimit-Reset")).as("0 when the budget is full").isNotNegative();

		var expensive = query(EXPENSIVE);
		assertThat(expensive.statusCode()).isEqualTo(200);
		long actual = CostInstrumentation.fields(json.readValue(expensive.body(), Map.class).get("data"));
		assertThat(actual).as("what the answer holds, at most the estimate").isBetween(1_000L, 19_539L);
		assertThat(afterFirst - header(expensive, "RateLimit-Remaining"))
			.as("settled at the answer's size (less the refill)")
			.isBetween(actual - 2_000, actual);
	}

	@Test
	void aClientOverItsBudgetGets429WithWhenToRetryWhileOthersAreServed() throws Exception {
		List<HttpResponse<String>> answers = new ArrayList<>();
		do {
			answers.add(query(EXPENSIVE));
		}
		while (answers.getLast().statusCode() == 200 && answers.size() < 30);
		assertThat(answers).as("served until the budget is spent").hasSizeGreaterThan(1).hasSizeLessThan(30);
		assertThat(answers.subList(0, answers.size() - 1))
			.allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
		var refused = answers.getLast();
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(header(refused, "Retry-After")).isBetween(1L, 20L);
		assertThat(header(refused, "RateLimit-Remaining")).isLessThan(19_539);
		JsonNode error = firstError(refused);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("RATE_LIMITED");
		assertThat(error.get("message").asString()).contains("costs 19539 points")
			.contains("retry after")
			.contains("ONCOGRAPH_RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND");
		assertThat(json.readTree(refused.body()).has("data")).as("nothing ran").isFalse();

		String self = this.client;
		this.client = self + "1";
		assertThat(query(PERSON).statusCode()).as("another client").isEqualTo(200);
		this.client = self;
		var cheap = query(PERSON);
		assertThat(cheap.statusCode()).as("the same client, for a request its balance still covers").isEqualTo(200);
	}

	@Test
	void aFullBulkheadRefusesAtOnceWhileALookupStillAnswers() throws Exception {
		try (var running = this.bulkheads.enter(Work.PATHS, 1)) {
			List<Thread> waiting = List.of(waitInQueue(Work.PATHS), waitInQueue(Work.PATHS));
			Thread.sleep(200);
			long started = System.nanoTime();
			var refused = query(
					"{ collaborationPaths(from: \"person:kaprin-andrey\", to: \"institution:minsk-city-clinical-oncology-center\") { length } }");
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(millis).as("refused at once, not after the queue's wait").isLessThan(1_000);
			assertThat(header(refused, "Retry-After")).isPositive();
			JsonNode error = firstError(refused);
			assertThat(error.at("/extensions/classification").asString()).isEqualTo("OVERLOADED");
			assertThat(error.get("message").asString()).contains("ONCOGRAPH_BULKHEAD_PATHS");

			var lookup = query(PERSON);
			assertThat(lookup.statusCode()).isEqualTo(200);
			assertThat(lookup.body()).contains("\"name\"").doesNotContain("errors");
			for (Thread thread : waiting) {
				thread.join();
			}
		}
		var served = query(
				"{ collaborationPaths(from: \"person:kaprin-andrey\", to: \"institution:minsk-city-clinical-oncology-center\") { length } }");
		assertThat(served.statusCode()).as("once permits are free").isEqualTo(200);
	}

	@Test
	void anExportSpendsItsCostAndWaitsForNoFullBulkhead() throws Exception {
		var export = get("/export/graph.json");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(header(export, "RateLimit-Remaining")).isBetween(60_000L - 5_000 - 10, 60_000L - 5_000);

		try (var running = this.bulkheads.enter(Work.EXPORTS, 1)) {
			Thread queued = waitInQueue(Work.EXPORTS);
			Thread.sleep(200);
			var refused = get("/export/graph.json");
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(firstError(refused).at("/extensions/classification").asString()).isEqualTo("OVERLOADED");
			queued.join();
		}
	}

	@Test
	void tooManyExpensiveFieldsInOneRequestAreABadRequest() throws Exception {
		String four = IntStream.range(0, 4)
			.mapToObj(i -> "p" + i
					+ ": collaborationPaths(from: \"person:kaprin-andrey\", to: \"institution:minsk-city-clinical-oncology-center\") { length }")
			.collect(Collectors.joining(" "));
		var refused = query("{ " + four + " }");
		JsonNode error = firstError(refused);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.get("message").asString()).contains("4 fields of paths").contains("separate requests");
	}

}
