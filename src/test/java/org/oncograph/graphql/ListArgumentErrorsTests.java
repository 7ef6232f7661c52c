package org.oncograph.graphql;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One mistake in a list field's arguments gives exactly one error, naming the argument,
 * and {@code data} as GraphQL's null propagation makes it: the field is null, and so is
 * each non-null parent up to the first nullable one; sibling fields keep their values.
 * One test per kind of list field: a Relay connection (bad {@code first}, forged
 * {@code after}), a root list ({@code search}, {@code brokers}), a list nested in an
 * entity ({@code Source.mentions}).
 */
@GraphTest
class ListArgumentErrorsTests {

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.http = GraphQlOverHttp.client(port);
	}

	@Test
	void aConnectionPageTooLargeIsOneErrorAndNoEmptyConnection() {
		JsonNode answer = post("{ people(first: 101) { totalCount edges { cursor } pageInfo { hasNextPage } } }");
		assertOneError(answer, "first", "people");
		assertThat(answer.at("/errors/0/message").asString()).contains("between 1 and 100", "101");
		assertThat(answer.get("data").isNull()).as("people is non-null: null goes up to data").isTrue();
	}

	@Test
	void aForgedCursorIsOneErrorForEveryConnection() {
		for (String field : new String[] { "entities", "people", "institutions", "cities", "countries", "associations",
				"programs", "topics", "events" }) {
			JsonNode answer = post("{ " + field + "(first: 5, after: \"forged\") { totalCount edges { cursor } } }");
			assertOneError(answer, "after", field);
			assertThat(answer.get("data").isNull()).as(field).isTrue();
		}
	}

	@Test
	void aRootListWithABadSizeIsOneError() {
		JsonNode search = post("{ search(text: \"Kaprin\", first: 101) { score } }");
		assertOneError(search, "first", "search");
		assertThat(search.get("data").isNull()).isTrue();
		JsonNode brokers = post("{ brokers(first: 501) { degree } }");
		assertOneError(brokers, "first", "brokers");
		assertThat(brokers.get("data").isNull()).isTrue();
	}

	@Test
	void aNestedListWithABadSizeNullsOnlyItsNullableParent() {
		JsonNode answer = post("{ source(id: \"source:002\") { id mentions(first: 1000) { evidence } }"
				+ " people(first: 1) { totalCount } }");
		assertOneError(answer, "first", "source", "mentions");
		assertThat(answer.at("/data/source").isNull()).as("mentions is non-null, source nullable").isTrue();
		assertThat(answer.at("/data/people/totalCount").asInt()).as("the sibling field is answered").isPositive();
	}

	private JsonNode post(String query) {
		return GraphQlOverHttp.answer(this.http, query);
	}

	private static void assertOneError(JsonNode answer, String argument, String... path) {
		JsonNode errors = answer.get("errors");
		assertThat(errors).as(answer.toString()).isNotNull();
		assertThat(errors.size()).as(answer.toString()).isEqualTo(1);
		JsonNode error = errors.get(0);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.at("/extensions/argument").asString()).isEqualTo(argument);
		assertThat(error.at("/message").asString()).contains(argument);
		assertThat(error.get("path").valueStream().map(JsonNode::asString)).containsExactly(path);
	}

}
