package org.oncograph.hardening;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphFingerprint;
import org.oncograph.curation.CurationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded hostile writes with a curator's key: each request is a mutation that would be
 * written but for one field holding a hostile value (a control, bidirectional, invisible
 * or noncharacter code point at a random place, a text over 2,000 characters, a name of
 * symbols only, a day that does not exist, a year outside 1800–2100), and a valid write
 * with a token whose claims are bad (no {@code exp}, no or a blank or hostile
 * {@code sub}, too long a lifetime, an {@code iat} in the future). Each answer must be
 * exactly one clear error naming that field (or a 401 in the JSON error shape for the
 * token) with no Java class, stack or Cypher in it; afterwards the graph is unchanged and
 * its GraphML and CSV exports still parse. The seed is fixed ({@code -Dfuzz.seed}) and
 * printed with each failure.
 */
@CurationTest
class HostileWritesFuzzTests {

	static final long SEED = Long.getLong("fuzz.seed", 20261203L);

	static final int ROUNDS = Integer.getInteger("fuzz.writes", 400);

	static final JsonMapper json = JsonMapper.builder().build();

	/** Code points every text must refuse, each of another class. */
	static final String[] HOSTILE = { "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u202E", "\u202A", "\u2066",
			"\u200E", "\u061C", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\uFE0F", "\u115F", "\uDB40\uDC01",
			"\u2028", "\u2029", "\uFDD0", "\uFFFE", "\uFFFF", "\uDBFF\uDFFF" };

	static final String[] SYMBOLS_ONLY = { "???", "«—»", "...", "-", "☃☃", "  *  " };

	static final String[] BAD_DATES = { "2025-02-30", "2023-02-29", "2025-13-01", "+999999999-12-31", "12025-01-01",
			"2025-1-1", "2025/01/01" };

	static final String[] YEARS_OUT_OF_RANGE = { "1799-12-31", "0000-01-01", "2101-01-01", "9999-12-31" };

	static final String NEFEDOV = "person:nefedov-andrey";

	static final String PHTHISIO = "institution:saint-petersburg-research-institute-of-phthisiopulmonology";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	/**
	 * A mutation whose input is written as it is, its text fields, name fields and date
	 * fields (paths into the input).
	 */
	record Template(String mutation, String payload, Map<String, Object> input, List<String> texts, List<String> names,
			List<String> dates) {
	}

	static List<Template> templates() {
		Map<String, Object> evidence = Map.of("source", "source:004", "evidence", "слова документа");
		return List.of(
				new Template("upsertEntity", "entity { id }",
						Map.of("type", "TOPIC", "name", "Тема проверки входа", "nameEn", "Input check topic", "aliases",
								List.of("Проверка входа"), "sources", List.of(evidence)),
						List.of("name", "nameEn", "aliases[0]", "sources[0].evidence"), List.of("name", "nameEn"),
						List.of()),
				new Template("addSource", "source { id }",
						Map.of("title", "Заметка о проверке входа", "titleEn", "A note on input checks", "publisher",
								"Редакция", "publishedOn", "2025-03-01", "publishedOnNote", "по сайту"),
						List.of("title", "titleEn", "publisher", "publishedOnNote"), List.of("title"),
						List.of("publishedOn")),
				new Template("addRelationship", "relationship { id }",
						Map.of("type", "AFFILIATED_WITH", "from", NEFEDOV, "to", PHTHISIO, "role", "консультант",
								"roleEn", "consultant", "sources", List.of(evidence)),
						List.of("role", "roleEn", "sources[0].evidence"), List.of(), List.of()),
				new Template("addRelationship", "relationship { id }",
						Map.of("type", "COOPERATES_WITH", "from", NEFEDOV, "to", PHTHISIO, "subject", "обмен опытом",
								"subjectEn", "sharing experience", "since", "2024-05-01", "sources", List.of(evidence)),
						List.of("subject", "subjectEn", "sources[0].evidence"), List.of(), List.of("since")));
	}

	@Test
	void everyHostileWriteIsOneClearErrorAndChangesNothing() throws Exception {
		GraphFingerprint before = GraphFingerprint.of(this.driver);
		var random = new Random(SEED);
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int exportedBefore = exportedNodes(http);
		List<Template> templates = templates();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < ROUNDS && failures.size() < 5; i++) {
			Template template = templates.get(random.nextInt(templates.size()));
			Map<String, Object> input = deepCopy(template.input());
			String field;
			String kind;
			int choice = random.nextInt(10);
			if (choice < 6 || (template.names().isEmpty() && template.dates().isEmpty())) {
				field = pick(random, template.texts());
				String text = (String) get(input, field);
				String hostile = pick(random, List.of(HOSTILE));
				int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
				set(input, field, text.substring(0, at) + hostile + text.substring(at));
				kind = "U+" + Integer.toHexString(hostile.codePointAt(0)).toUpperCase() + " in " + field;
			}
			else if (choice < 7) {
				field = pick(random, template.texts());
				set(input, field, get(input, field) + " " + "я".repeat(2001));
				kind = "a long " + field;
			}
			else if (choice < 8 && !template.names().isEmpty()) {
				field = pick(random, template.names());
				set(input, field, pick(random, List.of(SYMBOLS_ONLY)));
				kind = "symbols only in " + field;
			}
			else if (!template.dates().isEmpty()) {
				field = pick(random, template.dates());
				boolean impossible = random.nextBoolean();
				set(input, field, pick(random, List.of(impossible ? BAD_DATES : YEARS_OUT_OF_RANGE)));
				kind = (impossible ? "a bad date in " : "a year out of range in ") + field;
			}
			else {
				field = pick(random, template.texts());
				set(input, field, get(input, field) + "\u202E");
				kind = "U+202E in " + field;
			}
			String document = "mutation($input: " + inputType(template.mutation()) + "!) { " + template.mutation()
					+ "(input: $input) { " + template.payload() + " errors { field message code } } }";
			var response = post(http, document, Map.of("input", input), "Bearer " + CurationTest.CURATOR_KEY);
			String problem = problem(response, template.mutation(), field);
			if (problem != null) {
				failures.add("#" + i + " " + kind + ": " + problem + "\n  input " + json.writeValueAsString(input)
						+ "\n  → " + response.body());
			}
		}
		for (Map.Entry<String, String> token : badTokens().entrySet()) {
			var response = post(http, "mutation { addSource(input: {title: \"Заметка с плохим токеном\"}) { source"
					+ " { id } errors { code } } }", Map.of(), "Bearer " + token.getValue());
			JsonNode body = json.readTree(response.body());
			if (response.statusCode() != 401
					|| !"UNAUTHORIZED".equals(body.at("/errors/0/extensions/classification").asString())) {
				failures.add("token " + token.getKey() + ": " + response.statusCode() + " " + response.body());
			}
		}
		assertThat(failures).as("seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + ")").isEmpty();
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
		assertThat(exportedNodes(http)).isEqualTo(exportedBefore).isPositive();
		assertThat(get(http, "/export/graph.csv?part=nodes").lines().count()).isGreaterThan(1);
	}

	/** The {@code <node>}s of the whole-graph GraphML, which must parse. */
	int exportedNodes(HttpClient http) throws Exception {
		String graphml = get(http, "/export/graph.graphml");
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)))
			.getElementsByTagName("node")
			.getLength();
	}

	/** What is wrong with the answer to a write with one hostile field, or null. */
	static String problem(HttpResponse<String> response, String mutation, String field) {
		if (response.statusCode() != 200) {
			return "status " + response.statusCode();
		}
		String body = response.body();
		for (String leak : new String[] { "Exception", "exception", "at org.", "java.", "graphql.", "Caused by",
				"INTERNAL_ERROR", "MATCH (", "MERGE (" }) {
			if (body.contains(leak)) {
				return "'" + leak + "' in the answer";
			}
		}
		JsonNode answer = json.readTree(body);
		JsonNode errors = answer.path("errors");
		JsonNode payload = answer.path("data").path(mutation);
		int count = errors.size() + payload.path("errors").size();
		if (count != 1) {
			return count + " errors, not one";
		}
		if (!errors.isEmpty()) {
			String message = errors.path(0).path("message").asString();
			return message.contains("Expected a Date: a day that exists") ? null : "a GraphQL error: " + message;
		}
		JsonNode error = payload.path("errors").path(0);
		if (!error.path("field").asString().equals(field) || !error.path("code").asString().equals("INVALID")) {
			return "the error is not INVALID on " + field;
		}
		return payload.properties()
			.stream()
			.anyMatch(entry -> !entry.getKey().equals("errors") && !entry.getValue().isNull()) ? "something written"
					: null;
	}

	HttpResponse<String> post(HttpClient http, String document, Map<String, Object> variables, String authorization)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Map.of("query", document, "variables", variables))))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	String get(HttpClient http, String path) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Tokens signed with the right secret whose claims are refused. */
	static Map<String, String> badTokens() {
		long now = Instant.now().getEpochSecond();
		long hour = now + 3600;
		List<String> curator = List.of("curator");
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("no exp", CurationTest.Clients.signed(Map.of("sub", "fuzz", "roles", curator)));
		tokens.put("no sub", CurationTest.Clients.signed(Map.of("roles", curator, "exp", hour)));
		tokens.put("blank sub", CurationTest.Clients.signed(Map.of("sub", "\t ", "roles", curator, "exp", hour)));
		tokens.put("sub with NUL and RLO",
				CurationTest.Clients.signed(Map.of("sub", "evil\u0000\u202Eadmin", "roles", curator, "exp", hour)));
		tokens.put("sub with ZWSP",
				CurationTest.Clients.signed(Map.of("sub", "bob\u200B", "roles", curator, "exp", hour)));
		tokens.put("a year long, no iat",
				CurationTest.Clients.signed(Map.of("sub", "fuzz", "roles", curator, "exp", now + 365L * 86400)));
		tokens.put("a year long with iat", CurationTest.Clients
			.signed(Map.of("sub", "fuzz", "roles", curator, "iat", now, "exp", now + 365L * 86400)));
		tokens.put("iat in the future", CurationTest.Clients.signed(
				Map.of("sub", "fuzz", "roles", curator, "iat", now + 300L * 86400, "exp", now + 300L * 86400 + 60)));
		return tokens;
	}

	static String inputType(String mutation) {
		return Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> deepCopy(Map<String, Object> input) {
		Map<String, Object> copy = new LinkedHashMap<>();
		input.forEach((key, value) -> copy.put(key, switch (value) {
			case Map<?, ?> map -> deepCopy((Map<String, Object>) map);
			case List<?> list -> new ArrayList<>(list.stream()
				.map(item -> (item instanceof Map<?, ?> map) ? deepCopy((Map<String, Object>) map) : item)
				.toList());
			default -> value;
		}));
		return copy;
	}

	/** The value at a path such as {@code sources[0].evidence}. */
	@SuppressWarnings("unchecked")
	static Object get(Map<String, Object> input, String path) {
		Object value = input;
		for (String part : path.split("\\.")) {
			int bracket = part.indexOf('[');
			String key = (bracket < 0) ? part : part.substring(0, bracket);
			value = ((Map<String, Object>) value).get(key);
			if (bracket >= 0) {
				value = ((List<Object>) value).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
			}
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static void set(Map<String, Object> input, String path, Object value) {
		int dot = path.lastIndexOf('.');
		Object parent = (dot < 0) ? input : get(input, path.substring(0, dot));
		String last = path.substring(dot + 1);
		int bracket = last.indexOf('[');
		if (bracket < 0) {
			((Map<String, Object>) parent).put(last, value);
		}
		else {
			List<Object> list = (List<Object>) ((Map<String, Object>) parent).get(last.substring(0, bracket));
			list.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
		}
	}

	static <T> T pick(Random random, List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

}
