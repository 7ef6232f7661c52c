package org.oncograph.hardening;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphFingerprint;
import org.oncograph.GraphTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad input gets a 4xx or a GraphQL error with a clear message: never a 500,
 * a stack trace or a hang, and the graph is the same afterwards.
 */
@GraphTest
// Hostile and odd requests pass the response cache too.
@TestPropertySource(properties = "oncograph.response-cache.enabled=true")
class BadInputTests {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	GraphFingerprint before;

	@BeforeEach
	void fingerprint() {
		this.before = GraphFingerprint.of(this.driver);
	}

	@AfterEach
	void graphIsUnchanged() {
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(this.before);
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		var response = http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception", "exception", "at org.", "at java.", "INTERNAL_ERROR");
		return response;
	}

	HttpResponse<String> post(String contentType, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> query(String query, Map<String, Object> variables) throws Exception {
		return post("application/json", json.writeValueAsString(Map.of("query", query, "variables", variables)));
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	static String firstMessage(HttpResponse<String> response) {
		JsonNode body = json.readTree(response.body());
		return body.path("errors").path(0).path("message").asString();
	}

	@Test
	void malformedJsonIsABadRequestSayingWhatToSend() throws Exception {
		for (String body : new String[] { "{bad json", "", "null", " null ", "[]", "42", "\"query\"", "{\"query\": 1}",
				"{}", "{\"query\": \"{ sources { id } }\", \"variables\": \"x\"}",
				"{\"query\":\"{ sources { id } }\"}}}" }) {
			var response = post("application/json", body);
			assertThat(response.statusCode()).as(body).isIn(200, 400);
			assertThat(firstMessage(response)).as(body).isNotBlank();
			if (response.statusCode() == 400) {
				assertThat(firstMessage(response)).as(body).contains("Content-Type: application/json");
			}
		}
	}

	@Test
	void aWrongContentTypeIsUnsupportedMediaType() throws Exception {
		for (String type : new String[] { "text/plain", "application/xml", "multipart/form-data; boundary=x",
				"application/x-www-form-urlencoded", "not a media type" }) {
			var response = post(type, "{\"query\":\"{ sources { id } }\"}");
			assertThat(response.statusCode()).as(type).isEqualTo(415);
			assertThat(firstMessage(response)).as(type).contains("Content-Type: application/json");
		}
		var none = send(HttpRequest.newBuilder(uri())
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ sources { id } }\"}")));
		assertThat(none.statusCode()).isEqualTo(415);
	}

	@Test
	void anUnacceptableAcceptHeaderIsNotAcceptable() throws Exception {
		var response = send(HttpRequest.newBuilder(uri())
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ sources { id } }\"}")));
		assertThat(response.statusCode()).isIn(200, 406);
	}

	@Test
	void aGetWithAQueryIsMethodNotAllowedSayingToPost() throws Exception {
		var response = send(HttpRequest
			.newBuilder(URI.create(uri() + "?query=" + URLEncoder.encode("{ sources { id } }", StandardCharsets.UTF_8)))
			.GET());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(firstMessage(response)).contains("POST");
	}

	@Test
	void invalidGraphQlIsASyntaxOrValidationError() throws Exception {
		assertThat(firstMessage(query("{ sources { id ", Map.of()))).contains("Invalid syntax");
		assertThat(firstMessage(query("{ sources { nope } }", Map.of()))).contains("nope");
		assertThat(firstMessage(query("mutation { sources }", Map.of()))).isNotBlank();
		assertThat(firstMessage(query("\u0000\uFFFF\uD83E\uDDEC", Map.of()))).isNotBlank();
		var strict = send(HttpRequest.newBuilder(uri())
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ sources { id \"}")));
		assertThat(strict.statusCode()).isEqualTo(400);
	}

	@Test
	void wrongVariableTypesAreValidationErrors() throws Exception {
		String search = "query($text: String!, $first: PositiveInt) { search(text: $text, first: $first) { node { id } } }";
		assertThat(firstMessage(query(search, Map.of("text", 42, "first", "ten")))).contains("Variable");
		assertThat(firstMessage(query(search, Map.of("text", Map.of("a", 1))))).contains("Variable");
		assertThat(firstMessage(query(search, Map.of("text", "x", "first", -1)))).isNotBlank();
		assertThat(firstMessage(query(search, Map.of("text", "x", "first", new java.math.BigInteger("9".repeat(40))))))
			.isNotBlank();
		assertThat(firstMessage(query("query($id: ID!) { person(id: $id) { id } }", Map.of()))).contains("id");
	}

	@Test
	void aTenMegabyteStringIsRefusedBeforeParsing() throws Exception {
		var response = query("query($text: String!) { search(text: $text) { node { id } } }",
				Map.of("text", "x".repeat(10 * 1024 * 1024)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(firstMessage(response)).contains("larger than");
	}

	@Test
	void deeplyNestedFragmentsAreRefusedForTheirDepth() throws Exception {
		var fragments = new StringBuilder("{ __schema { types { ...F0 } } }");
		for (int i = 0; i < 20; i++) {
			fragments.append(" fragment F")
				.append(i)
				.append(" on __Type { name ofType { ...F")
				.append(i + 1)
				.append(" } }");
		}
		fragments.append(" fragment F20 on __Type { name }");
		assertThat(firstMessage(query(fragments.toString(), Map.of()))).contains("maximum query depth exceeded");
	}

	@Test
	void cyclicFragmentsAreAValidationError() throws Exception {
		String cycle = "{ sources { ...A } } fragment A on Source { id ...B } fragment B on Source { title ...A }";
		assertThat(firstMessage(query(cycle, Map.of()))).contains("A");
		String self = "{ sources { ...A } } fragment A on Source { ...A }";
		assertThat(query(self, Map.of()).body()).contains("errors").doesNotContain("\"data\":{");
	}

	@Test
	void anAliasFloodIsRefusedNamingTheLimit() throws Exception {
		String aliases = IntStream.range(0, 51)
			.mapToObj(i -> "a" + i + ": __typename")
			.collect(Collectors.joining(" "));
		assertThat(firstMessage(query("{ " + aliases + " }", Map.of()))).contains("51 aliased fields")
			.contains("max-aliases");
		String inFragments = IntStream.range(0, 60)
			.mapToObj(i -> "a" + i + ": id")
			.collect(Collectors.joining(" ", "{ sources { ...S } } fragment S on Source { ", " }"));
		assertThat(firstMessage(query(inFragments, Map.of()))).contains("60 aliased fields");
	}

	@Test
	void aDocumentWithManyOperationsIsRefused() throws Exception {
		String operations = IntStream.range(0, 11)
			.mapToObj(i -> "query Q" + i + " { __typename }")
			.collect(Collectors.joining(" "));
		var response = post("application/json",
				json.writeValueAsString(Map.of("query", operations, "operationName", "Q0")));
		assertThat(firstMessage(response)).contains("11 operations").contains("max-operations");
		assertThat(json.readTree(response.body()).has("data")).isFalse();
	}

	@Test
	void luceneSyntaxInSearchTextIsSearchedLiterally() throws Exception {
		String search = "query($text: String!) { search(text: $text, first: 5) { node { id } } }";
		for (String text : new String[] { "*:*", "name:Каприн OR 1", "Kaprin~", "\"unclosed", "a AND (b OR", "[a TO z]",
				"/re.*x/", "\\", "+-&&||!(){}[]^\"~*?:\\/", "Kaprin^100", "?", "*", "AND", "", "   " }) {
			var response = query(search, Map.of("text", text));
			assertThat(response.statusCode()).as(text).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(body.path("data").path("search").isArray() || body.has("errors")).as(text).isTrue();
			if (body.has("errors")) {
				assertThat(body.path("errors").path(0).path("extensions").path("classification").asString()).as(text)
					.isEqualTo("BAD_REQUEST");
			}
		}
	}

	@Test
	void cypherFragmentsInIdsAndNamesAreJustText() throws Exception {
		String[] injections = { "x'}) MATCH (n) DETACH DELETE n //", "\") DETACH DELETE n RETURN (\"",
				"person:kaprin-andrey' OR 1=1 --", "`; CREATE (:Pwned) //", "$id", "{id: 1}", "x\u0000y",
				"' UNION MATCH (n) RETURN n //" };
		for (String injection : injections) {
			var person = query("query($id: ID!) { person(id: $id) { id } node(id: $id) { id } }",
					Map.of("id", injection));
			assertThat(person.body()).as(injection).contains("\"person\":null");
			var names = query("query($name: String) { entities(filter: {nameContains: $name}, first: 5) { totalCount }"
					+ " people(filter: {nameStartsWith: $name}) { totalCount } }", Map.of("name", injection));
			assertThat(names.body()).as(injection).contains("\"totalCount\":0");
			var paths = query(
					"query($id: ID!) { collaborationPaths(from: $id, to: \"person:kaprin-andrey\") { length } }",
					Map.of("id", injection));
			assertThat(paths.body()).as(injection).contains("NOT_FOUND");
			var view = query("query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }",
					Map.of("ids", injectionList(injection)));
			assertThat(view.body()).as(injection).contains("\"nodes\":[]");
		}
	}

	static java.util.List<String> injectionList(String injection) {
		return List.of(injection, injection + "2");
	}

	@Test
	void aSearchTextOverTheLimitIsABadRequestNamingIt() throws Exception {
		String search = "query($text: String!) { search(text: $text, first: 5) { node { id } } }";
		String words = IntStream.range(0, 40).mapToObj(i -> "каприн" + i).collect(Collectors.joining(" "));
		var tooManyWords = json.readTree(query(search, Map.of("text", words)).body());
		assertThat(tooManyWords.path("errors")).hasSize(1);
		assertThat(tooManyWords.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(tooManyWords.at("/errors/0/extensions/argument").asString()).isEqualTo("text");
		assertThat(tooManyWords.at("/errors/0/message").asString())
			.isEqualTo("text has 40 words, more than the 32 a search text may have; search for a name or a few words"
					+ " of it.");
		String justEnough = IntStream.range(0, 32).mapToObj(i -> "Каприн").collect(Collectors.joining(" "));
		assertThat(
				json.readTree(query(search, Map.of("text", justEnough)).body()).at("/data/search/0/node/id").asString())
			.isEqualTo("person:kaprin-andrey");
		assertThat(firstMessage(query(search, Map.of("text", "Каприн " + "ы".repeat(500)))))
			.startsWith("text has 507 characters, more than the 500");
		String fourHundredWords = IntStream.range(0, 400).mapToObj(i -> "слово").collect(Collectors.joining(" "));
		assertThat(firstMessage(query(search, Map.of("text", fourHundredWords))))
			.startsWith("text has 2399 characters, more than the 500");
	}

	/** A request written on a socket as it is: no client refuses or rewrites it. */
	String raw(String request) throws Exception {
		try (var socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void errorsOfTheContainerAnswerInTheJsonErrorShape() throws Exception {
		String header = raw("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-Big: "
				+ "x".repeat(200 * 1024) + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
		assertThat(header).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/json")
			.doesNotContainIgnoringCase("<html")
			.doesNotContain("Exception", "Tomcat");
		JsonNode tooLarge = json.readTree(header.substring(header.indexOf("\r\n\r\n") + 4));
		assertThat(tooLarge.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(tooLarge.at("/errors/0/message").asString()).contains("server.max-http-request-header-size");
		String badUri = raw("GET /view/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(badUri).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("<html").contains("\"errors\"");
		for (String path : new String[] { "/error", "/no/such/page", "/export/../../etc/passwd" }) {
			var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Accept", "text/html")
				.GET());
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			assertThat(json.readTree(response.body()).at("/errors/0/extensions/classification").asString()).as(path)
				.isIn("NOT_FOUND", "BAD_REQUEST");
		}
		assertThat(firstMessage(
				send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/error")).GET())))
			.startsWith("There is nothing at /error.");
	}

	@Test
	void aBadScalarNamesTheArgumentAndTheFormNotAJavaClass() throws Exception {
		String variable = "mutation($iso2: CountryCode) { upsertEntity(input: {type: COUNTRY, name: \"Страна\","
				+ " nameEn: \"Land\", iso2: $iso2, sources: []}) { errors { code } } }";
		String literal = "mutation { upsertEntity(input: {type: COUNTRY, name: \"Страна\", nameEn: \"Land\","
				+ " iso2: \"XX\", sources: []}) { errors { code } } }";
		String expected = "Expected a CountryCode: an ISO 3166-1 alpha-2 code, two capital letters (e.g. BY), got 'XX'.";
		assertThat(firstMessage(query(variable, Map.of("iso2", "XX"))))
			.isEqualTo("Variable 'iso2' has an invalid value: " + expected);
		// graphql-java shows a literal as its syntax node (StringValue{value='XX'}), in
		// its own words
		assertThat(firstMessage(query(literal, Map.of()))).contains("argument 'input.iso2'")
			.endsWith(expected)
			.doesNotContain("graphql.scalars", "java");
		String first = "query($n: PositiveInt) { search(text: \"Каприн\", first: $n) { node { id } } }";
		assertThat(firstMessage(query(first, Map.of("n", 0)))).contains("'n'")
			.contains("Expected a PositiveInt: an integer greater than 0, got 0.");
	}

	@Test
	void aPathLongerThanTheHopCapIsABadRequest() throws Exception {
		var response = query("{ collaborationPaths(from: \"person:kondratovich-viktor\", to: \"person:kaprin-andrey\","
				+ " maxHops: 9) { length } }", Map.of());
		assertThat(firstMessage(response)).contains("maxHops must be between 1 and 8");
	}

}
