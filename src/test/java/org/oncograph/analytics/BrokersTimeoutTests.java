package org.oncograph.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code brokers} request past its time budget answers a GraphQL TIMEOUT error saying
 * what was done, within the request (not an HTTP 503 after the request timeout, not a
 * stack trace). Its own app: betweenness sampled from 10 pivots, and a budget of 1 ms:
 * the first request finds the network still being read (in the background), later ones
 * may find the sampling stopped at the deadline, and each continues it until one answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "oncograph.embedded.data-dir=target/neo4j-tests/${random.uuid}",
				"oncograph.embedded.bolt-port=0", "oncograph.analytics.exact-betweenness-max-nodes=0",
				"oncograph.analytics.betweenness-pivots=10", "oncograph.analytics.time-budget=1ms",
				"oncograph.analytics.warm-up=false" })
class BrokersTimeoutTests {

	@LocalServerPort
	int port;

	@Test
	void brokersPastTheTimeBudgetAnswerATimeoutErrorAndLaterRequestsContinueTheWork() throws InterruptedException {
		List<String> messages = new ArrayList<>();
		String answer = null;
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (answer == null && System.nanoTime() < until) {
			String body = new String(GraphQlOverHttp.client(this.port)
				.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(
						"{\"query\": \"{ brokers(first: 3) { entity { id } betweennessExact betweennessPivots } }\"}")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody());
			if (body.contains("\"errors\"")) {
				assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.classification")).isEqualTo("TIMEOUT");
				assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.field")).isEqualTo("brokers");
				assertThat(JsonPath.<String>read(body, "$.errors[0].path[0]")).isEqualTo("brokers");
				messages.add(JsonPath.read(body, "$.errors[0].message"));
				Thread.sleep(50);
			}
			else {
				answer = body;
			}
		}
		// The first request: reading the network takes more than 1 ms; it goes on in the
		// background. 127 entities since V0009 (cities and countries that cooperate).
		assertThat(messages).isNotEmpty()
			.allSatisfy(message -> assertThat(message).doesNotContain("Exception")
				.satisfiesAnyOf(m -> assertThat(m).contains("is still being read from the database after 1 ms"),
						m -> assertThat(m)
							.startsWith("Betweenness over 127 entities did not finish within 1 ms: estimated"
									+ " from the shortest paths of 10 pivot entities")
							.contains("asking again continues it")));
		assertThat(messages.getFirst()).startsWith("The network over AFFILIATED_WITH")
			.endsWith("ask again in a moment (it is read once, then kept until the graph changes).");
		assertThat(answer).as("an answer within 60 s").isNotNull();
		assertThat(JsonPath.<List<Boolean>>read(answer, "$.data.brokers[*].betweennessExact")).containsOnly(false);
		assertThat(JsonPath.<List<Integer>>read(answer, "$.data.brokers[*].betweennessPivots")).containsOnly(10);
	}

}
