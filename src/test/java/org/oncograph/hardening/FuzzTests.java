package org.oncograph.hardening;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphFingerprint;
import org.oncograph.GraphTest;
import org.oncograph.model.EntityType;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a few thousand mutated requests, made from the GraphiQL examples and the test
 * documents, to the running app: tokens deleted, duplicated, swapped or replaced by
 * special characters, Lucene and Cypher fragments, huge numbers, unicode; variables of
 * the wrong type; broken envelopes, content types and Accept headers. Every answer must
 * come within {@link #BOUND}, below 500, as JSON without a stack trace or an internal
 * error, with a 4xx only where GraphQL over HTTP allows one, and the graph must be
 * unchanged afterwards. The seed is fixed ({@code -Dfuzz.seed} changes it,
 * {@code -Dfuzz.requests} the count) and printed with each failing request, so a failure
 * reproduces.
 */
@GraphTest
// Hostile and odd requests pass the response cache too.
@TestPropertySource(properties = "oncograph.response-cache.enabled=true")
class FuzzTests {

	static final Duration BOUND = Duration.ofSeconds(15);

	static final long SEED = Long.getLong("fuzz.seed", 20261128L);

	static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);

	static final JsonMapper json = JsonMapper.builder().build();

	static final Pattern TOKEN = Pattern
		.compile("\"(?:\\\\.|[^\"\\\\])*\"|\\.\\.\\.|[A-Za-z_][A-Za-z0-9_]*|-?\\d+(?:\\.\\d+)?|\\s+|.");

	static final String[] SPECIALS = { "{", "}", "(", ")", "[", "]", "\"", "\\", "$", "...", "@", "#", ":", "!", "=",
			"|", "&", ",", "\u0000", "\uFFFF", "\uD83E\uDDEC", "Каприн", "\u202E", "'", "`", "99999999999999999999999",
			"-1", "1e309", "null", "true", "__typename", "__schema", "fragment", "on", "query", "mutation",
			"subscription", "@skip(if: true)", "@include(if: $x)", "$undefined" };

	static final Object[] NASTY = { "*:*", "name:Каприн OR 1", "Kaprin~", "\"unclosed", "a AND (b OR", "[a TO z]",
			"/re.*x/", "\\", "+-&&||!(){}[]^\"~*?:\\/", "x'}) MATCH (n) DETACH DELETE n //",
			"\") DETACH DELETE n RETURN (\"", "`; CREATE (:Pwned) //", "' OR 1=1 --", "$id", "\u0000", "\uD83E\uDDEC",
			"Ｋａｐｒｉｎ", "", " ", "x".repeat(20_000), new BigInteger("9".repeat(40)), Long.MAX_VALUE, -1, 0,
			Integer.MIN_VALUE, 1.5e308, true, List.of(), List.of("a", 1), Map.of("a", 1), "2025-02-30", "2025-01-01",
			"person:kaprin-andrey", "person:kondratovich-viktor", "source:000", "country:belarus", "PERSON", "en", "ru",
			"DESC", "NaN",
			// issue 22: invisible and bidirectional characters, look-alikes, formula
			// prefixes, impossible days, extreme years, long texts
			"Каприн\u200B", "x\u202Eadmin", "\u2066x\u2069", "\uFEFF", "\u00AD", "\uFFFE", "Андрей Кaприн",
			"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(1)", "\tx", "\rx", "+999999999-12-31", "1799-12-31",
			"2101-01-01", "0000-00-00", "Каприн ".repeat(400), "я".repeat(2001) };

	static final String[] CONTENT_TYPES = { "application/json", "application/json", "application/json",
			"application/json; charset=utf-8", "application/graphql", "text/plain", "application/x-www-form-urlencoded",
			"application/xml", "", "garbage" };

	static final String[] ACCEPTS = { "application/json", "application/graphql-response+json", "*/*",
			"application/graphql-response+json, application/json;q=0.9", "" };

	static final String[] BAD_ACCEPTS = { "text/html", "nonsense/////", "application/xml;q=1, image/*" };

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	record Seed(String name, String document, OperationDefinition operation) {
	}

	record Sent(int index, String contentType, String accept, String body, boolean wellFormed) {

		@Override
		public String toString() {
			String shown = (this.body.length() > 2000)
					? this.body.substring(0, 2000) + "…(" + this.body.length() + " chars)" : this.body;
			return "#" + this.index + " Content-Type: " + this.contentType + ", Accept: " + this.accept + "\n" + shown;
		}

	}

	@Test
	void mutatedRequestsNeverHurt() throws Exception {
		List<Seed> seeds = seeds();
		assertThat(seeds).hasSizeGreaterThan(15);
		GraphFingerprint before = GraphFingerprint.of(this.driver);
		System.out
			.println("FuzzTests: seed " + SEED + ", " + REQUESTS + " requests from " + seeds.size() + " documents");
		var random = new Random(SEED);
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI uri = URI.create("http://127.0.0.1:" + this.port + "/graphql");
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		long slowest = 0;
		int[] statuses = new int[600];
		for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
			Sent sent = request(i, seeds.get(random.nextInt(seeds.size())), random);
			var builder = HttpRequest.newBuilder(uri)
				.timeout(BOUND)
				.POST(HttpRequest.BodyPublishers.ofString(sent.body()));
			if (!sent.contentType().isEmpty()) {
				builder.header("Content-Type", sent.contentType());
			}
			if (!sent.accept().isEmpty()) {
				builder.header("Accept", sent.accept());
			}
			long t0 = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (HttpTimeoutException ex) {
				failures.add("no answer within " + BOUND + " to " + sent);
				continue;
			}
			slowest = Math.max(slowest, System.nanoTime() - t0);
			statuses[response.statusCode()]++;
			String problem = problem(sent, response);
			if (problem != null) {
				failures.add(problem + " (status " + response.statusCode() + ") for " + sent + "\n→ "
						+ response.body().substring(0, Math.min(1500, response.body().length())));
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		var counts = new LinkedHashMap<Integer, Integer>();
		for (int s = 0; s < statuses.length; s++) {
			if (statuses[s] > 0) {
				counts.put(s, statuses[s]);
			}
		}
		System.out.println("FuzzTests: " + REQUESTS + " requests in " + seconds + " s, slowest " + slowest / 1_000_000
				+ " ms, statuses " + counts);
		assertThat(failures).as("seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + ")").isEmpty();
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	/** What is wrong with the answer, or null. */
	static String problem(Sent sent, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status >= 500) {
			return "a server error";
		}
		if (status != 200 && !List.of(400, 405, 406, 413, 415).contains(status)) {
			return "a status GraphQL over HTTP does not use";
		}
		boolean legacyJson = sent.accept().isEmpty() || sent.accept().equals("application/json")
				|| sent.accept().equals("*/*");
		if (sent.wellFormed() && legacyJson && status != 200 && status != 413) {
			return "a well-formed application/json request answered other than 200";
		}
		String body = response.body();
		for (String leak : new String[] { "Exception", "exception", "at org.", "at java.", "Caused by",
				"INTERNAL_ERROR" }) {
			if (body.contains(leak)) {
				return "'" + leak + "' in the answer";
			}
		}
		JsonNode answer;
		try {
			answer = json.readTree(body);
		}
		catch (RuntimeException ex) {
			return "an answer that is not JSON";
		}
		if (answer == null || !answer.isObject() || !(answer.has("data") || answer.has("errors"))) {
			return "an answer without data or errors";
		}
		if (answer.has("errors") && answer.path("errors").path(0).path("message").asString("").isBlank()) {
			return "an error without a message";
		}
		return null;
	}

	/** A request made from the seed document by one to three mutations. */
	static Sent request(int index, Seed seed, Random random) {
		String document = seed.document();
		Map<String, Object> variables = variables(seed.operation(), random);
		String operationName = seed.operation().getName();
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations; m++) {
			switch (random.nextInt(10)) {
				case 0, 1, 2, 3 -> document = mutateTokens(document, random);
				case 4, 5, 6 -> mutateVariables(variables, random);
				case 7 -> document = repeat(document, random);
				case 8 -> operationName = pick(random, new String[] { null, "Nope", "", "\u0000", operationName });
				default -> document = document + pick(random,
						new String[] { " fragment A on Query { ...B } fragment B on Query { ...A }",
								" query Other { __typename }", " fragment F on Person { id }",
								"{ __schema { types { name } } }", " #" + "x".repeat(50) });
			}
		}
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("query", document);
		envelope.put("variables", variables);
		if (operationName != null) {
			envelope.put("operationName", operationName);
		}
		String contentType = "application/json";
		String accept = pick(random, ACCEPTS);
		String body = json.writeValueAsString(envelope);
		boolean wellFormed = true;
		if (random.nextInt(8) == 0) {
			wellFormed = false;
			switch (random.nextInt(6)) {
				case 0 -> body = body.substring(0, random.nextInt(body.length()));
				case 1 -> {
					contentType = pick(random, CONTENT_TYPES);
					accept = random.nextBoolean() ? accept : pick(random, BAD_ACCEPTS);
				}
				case 2 -> body = json.writeValueAsString(Map.of("query", FuzzTests.<Object>pick(random, NASTY)));
				case 3 -> body = json
					.writeValueAsString(Map.of("query", document, "variables", FuzzTests.<Object>pick(random, NASTY)));
				case 4 ->
					body = pick(random, new String[] { "", "null", "[]", "{}", "\"x\"", "1", "{\"query\":null}" });
				default -> body = body.replace("\"", pick(random, new String[] { "'", "", "\\\"", "\"\"" }));
			}
		}
		return new Sent(index, contentType, accept, body, wellFormed);
	}

	static String mutateTokens(String document, Random random) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(document);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		if (tokens.isEmpty()) {
			return document;
		}
		int at = random.nextInt(tokens.size());
		switch (random.nextInt(5)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> {
				int other = random.nextInt(tokens.size());
				String token = tokens.get(at);
				tokens.set(at, tokens.get(other));
				tokens.set(other, token);
			}
			case 3 -> tokens.add(at, " " + pick(random, SPECIALS) + " ");
			default -> tokens.set(at,
					tokens.get(at).startsWith("\"")
							? json.writeValueAsString(String.valueOf(FuzzTests.<Object>pick(random, NASTY)))
							: pick(random, SPECIALS));
		}
		return String.join("", tokens);
	}

	/**
	 * The document with one selection repeated under aliases, or nested in itself: floods
	 * and deep documents.
	 */
	static String repeat(String document, Random random) {
		int open = document.indexOf('{', document.indexOf('{') + 1);
		if (open < 0) {
			return document;
		}
		var flood = new StringBuilder();
		int times = 1 + random.nextInt(120);
		for (int i = 0; i < times; i++) {
			flood.append(" a").append(i).append(": __typename");
		}
		if (random.nextBoolean()) {
			return document.substring(0, open + 1) + flood + document.substring(open + 1);
		}
		String nested = "{ __schema { types { " + "ofType { ".repeat(times) + "name" + " }".repeat(times) + " } } }";
		return nested;
	}

	static void mutateVariables(Map<String, Object> variables, Random random) {
		switch (random.nextInt(4)) {
			case 0 -> variables.put(pick(random, new String[] { "x", "id", "text", "first", "undefined" }),
					pick(random, NASTY));
			case 1 -> variables.keySet().stream().findAny().ifPresent(variables::remove);
			default -> {
				List<String> names = new ArrayList<>(variables.keySet());
				if (!names.isEmpty()) {
					variables.put(names.get(random.nextInt(names.size())), pick(random, NASTY));
				}
			}
		}
	}

	/** Valid values for the operation's variables, by type name. */
	static Map<String, Object> variables(OperationDefinition operation, Random random) {
		Map<String, Object> values = new LinkedHashMap<>();
		operation.getVariableDefinitions()
			.forEach(definition -> values.put(definition.getName(), value(definition.getType(), random)));
		return values;
	}

	static Object value(Type<?> type, Random random) {
		if (type instanceof NonNullType nonNull) {
			return value(nonNull.getType(), random);
		}
		if (type instanceof ListType list) {
			return List.of(value(list.getType(), random), value(list.getType(), random));
		}
		return switch (((TypeName) type).getName()) {
			case "ID" -> pick(random, new String[] { "person:kaprin-andrey", "person:kondratovich-viktor", "source:000",
					"country:belarus", "city:minsk" });
			case "String" -> pick(random, new String[] { "Каприн", "Kaprin", "РНПЦ", "Minsk" });
			case "Int", "PositiveInt", "NonNegativeInt" -> 1 + random.nextInt(5);
			case "Boolean" -> random.nextBoolean();
			case "Date", "LocalDate" -> "2025-01-01";
			case "Lang" -> "en";
			case "EntityType" -> "PERSON";
			case "RelationKind" -> "AFFILIATED_WITH";
			default -> Map.of();
		};
	}

	static List<Seed> seeds() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		List<Seed> seeds = new ArrayList<>();
		for (String location : new String[] { "classpath*:graphiql/examples/*.graphql",
				"classpath*:graphql-test/*.graphql" }) {
			for (Resource resource : resolver.getResources(location)) {
				String document = resource.getContentAsString(StandardCharsets.UTF_8);
				Parser.parse(document)
					.getDefinitionsOfType(OperationDefinition.class)
					.forEach(operation -> seeds.add(new Seed(resource.getFilename(), document, operation)));
			}
		}
		return seeds;
	}

	@SuppressWarnings("unchecked")
	static <T> T pick(Random random, Object[] options) {
		return (T) options[random.nextInt(options.length)];
	}

}
