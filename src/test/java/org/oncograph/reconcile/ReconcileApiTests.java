package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /reconcile} on the loaded graph, over HTTP as OpenRefine calls it: every answer
 * checked against the specification's v0.2 JSON schemas, the scores and features, the
 * match rule, the bounds and their errors, CORS, the rate-limit headers and the
 * statements a batch costs.
 */
@GraphTest
class ReconcileApiTests {

	@Autowired
	CypherStatementCounter statements;

	ReconcileClient client;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.client = new ReconcileClient(port);
	}

	@Test
	void answersTheManifestUnderTheServersBaseUrl(@LocalServerPort int port) {
		JsonNode manifest = this.client.get("/reconcile");
		SpecSchemas.assertValid("manifest.json", manifest);
		String base = "http://localhost:" + port;
		assertThat(manifest.get("versions").toString()).isEqualTo("[\"0.2\"]");
		assertThat(manifest.get("identifierSpace").stringValue()).isEqualTo(base + "/view?focus=");
		assertThat(manifest.get("schemaSpace").stringValue()).isEqualTo(base + "/graphql/schema");
		assertThat(manifest.get("view").get("url").stringValue()).isEqualTo(base + "/view?focus={{id}}");
		assertThat(manifest.get("preview").get("url").stringValue()).isEqualTo(base + "/reconcile/preview?id={{id}}");
		assertThat(manifest.get("suggest").get("entity").get("service_url").stringValue())
			.isEqualTo(base + "/reconcile");
		assertThat(manifest.get("defaultTypes").size()).isEqualTo(8);
		assertThat(manifest.get("batchSize").intValue()).isEqualTo(50);
	}

	@Test
	void reconcilesAnExactNameAsASureMatchWithItsFeatures() {
		JsonNode answer = this.client.form("queries",
				"{\"q0\": {\"query\": \"Андрей Каприн\", \"type\": \"Person\", \"limit\": 3}}");
		SpecSchemas.assertValid("reconciliation-result-batch.json", answer);
		JsonNode top = answer.get("q0").get("result").get(0);
		assertThat(top.get("id").stringValue()).isEqualTo("person:kaprin-andrey");
		assertThat(top.get("name").stringValue()).isEqualTo("Андрей Каприн");
		assertThat(top.get("description").stringValue()).isEqualTo("Andrey Kaprin");
		assertThat(top.get("type").get(0).get("id").stringValue()).isEqualTo("Person");
		assertThat(top.get("score").doubleValue()).isEqualTo(100.0);
		assertThat(top.get("match").booleanValue()).isTrue();
		assertThat(top.get("features").toString()).contains("{\"id\":\"name_similarity\",\"value\":1.0}",
				"{\"id\":\"name_exact\",\"value\":true}", "{\"id\":\"type_match\",\"value\":true}");
		assertThat(answer.get("q0").get("result").size()).isLessThanOrEqualTo(3);
		for (JsonNode candidate : answer.get("q0").get("result")) {
			assertThat(candidate.get("type").get(0).get("id").stringValue()).isEqualTo("Person");
		}
	}

	@Test
	void aCaseFormOrATypoFindsTheEntityButIsNoSureMatch() {
		JsonNode answer = this.client.form("queries", "{\"q0\": {\"query\": \"Андрея Каприна\"},"
				+ " \"q1\": {\"query\": \"Kaprn\"}, \"q2\": {\"query\": \"Андрей\", \"type\": \"Person\"}}");
		SpecSchemas.assertValid("reconciliation-result-batch.json", answer);
		for (String key : List.of("q0", "q1")) {
			JsonNode top = answer.get(key).get("result").get(0);
			assertThat(top.get("id").stringValue()).as(key).isEqualTo("person:kaprin-andrey");
			assertThat(top.get("match").booleanValue()).as(key).isFalse();
		}
		// Two Andreys (Kaprin, Nefedov) and nobody is called Андрей alone: no match.
		for (JsonNode candidate : answer.get("q2").get("result")) {
			assertThat(candidate.get("match").booleanValue()).isFalse();
		}
	}

	@Test
	void aCityConstraintRaisesTheRightCandidateAndExplainsIt() {
		JsonNode answer = this.client.form("queries",
				"{\"minsk\": {\"query\": \"Онкологический центр\", \"type\": \"Institution\", \"properties\":"
						+ " [{\"pid\": \"city\", \"v\": \"Минск\"}]},"
						+ " \"piter\": {\"query\": \"Онкологический центр\", \"type\": \"Institution\", \"properties\":"
						+ " [{\"pid\": \"city\", \"v\": {\"id\": \"city:saint-petersburg\"}}]}}");
		SpecSchemas.assertValid("reconciliation-result-batch.json", answer);
		JsonNode minsk = answer.get("minsk").get("result");
		assertThat(minsk.get(0).get("id").stringValue()).isEqualTo("institution:minsk-city-clinical-oncology-center");
		assertThat(minsk.get(0).get("features").toString()).contains("{\"id\":\"property_city\",\"value\":1}");
		JsonNode piter = answer.get("piter").get("result");
		assertThat(piter.get(0).get("id").stringValue())
			.isNotEqualTo("institution:minsk-city-clinical-oncology-center");
		for (JsonNode candidate : piter) {
			if (candidate.get("id").stringValue().equals("institution:minsk-city-clinical-oncology-center")) {
				assertThat(candidate.get("features").toString()).contains("{\"id\":\"property_city\",\"value\":-1}");
			}
		}
	}

	@Test
	void aContradictedConstraintTakesAwayASureMatch() {
		JsonNode answer = this.client.form("queries", "{\"q0\": {\"query\": \"Виктор Кондратович\", \"properties\":"
				+ " [{\"pid\": \"affiliation\", \"v\": \"Американский госпиталь Тбилиси\"}]}}");
		JsonNode top = answer.get("q0").get("result").get(0);
		assertThat(top.get("id").stringValue()).isEqualTo("person:kondratovich-viktor");
		assertThat(top.get("match").booleanValue()).isFalse();
		assertThat(top.get("score").doubleValue()).isEqualTo(Reconciler.NAME_POINTS + Reconciler.CONTRADICTS_POINTS);
	}

	@Test
	void typeStrictShouldKeepsOtherKindsScoredLower() {
		JsonNode answer = this.client.form("queries",
				"{\"q0\": {\"query\": \"Минск\", \"type\": \"Institution\", \"type_strict\": \"should\"}}");
		SpecSchemas.assertValid("reconciliation-result-batch.json", answer);
		JsonNode result = answer.get("q0").get("result");
		boolean city = false;
		for (JsonNode candidate : result) {
			if (candidate.get("id").stringValue().equals("city:minsk")) {
				city = true;
				assertThat(candidate.get("score").doubleValue()).isEqualTo(100 + Reconciler.OTHER_KIND_POINTS);
				assertThat(candidate.get("match").booleanValue()).isFalse();
			}
		}
		assertThat(city).isTrue();
	}

	@Test
	void anIdAsQueryFindsItsEntity() {
		JsonNode top = this.client.form("queries", "{\"q0\": {\"query\": \"institution:belta\"}}")
			.get("q0")
			.get("result")
			.get(0);
		assertThat(top.get("id").stringValue()).isEqualTo("institution:belta");
		assertThat(top.get("match").booleanValue()).isTrue();
	}

	@Test
	void takesTheBatchAsAFormFieldAQueryParameterOrAJsonBody() {
		String batch = "{\"a\": {\"query\": \"Kondratovich\"}, \"b\": {\"query\": \"БЕЛТА\", \"type\": [\"Institution\"]}}";
		JsonNode form = this.client.form("queries", batch);
		JsonNode get = ReconcileClient.read(this.client.http.get()
			.uri(uri -> uri.path("/reconcile").queryParam("queries", "{queries}").build(batch)));
		JsonNode body = ReconcileClient.read(this.client.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"queries\": " + batch + "}"));
		assertThat(get).isEqualTo(form);
		assertThat(body).isEqualTo(form);
		assertThat(form.get("a").get("result").get(0).get("id").stringValue()).isEqualTo("person:kondratovich-viktor");
		assertThat(form.get("b").get("result").get(0).get("id").stringValue()).isEqualTo("institution:belta");
	}

	@Test
	void aBatchCostsOneStatementPerQueryAndOneForTheFacts() {
		ObjectNode batch = ReconcileClient.JSON.createObjectNode();
		for (String name : List.of("Каприн", "Поляков", "Минск", "Онкоцентр", "Союзное государство")) {
			batch.putObject("q" + batch.size()).put("query", name);
		}
		int statements = this.statements.countWhile(() -> this.client.form("queries", batch.toString()));
		assertThat(statements).isEqualTo(batch.size() + 1);
	}

	@Test
	void suggestsEntitiesTypesAndProperties() {
		JsonNode entities = this.client.get("/reconcile/suggest/entity?prefix=Капр");
		SpecSchemas.assertValid("suggest-entities-response.json", entities);
		assertThat(entities.get("result").get(0).get("id").stringValue()).isEqualTo("person:kaprin-andrey");
		assertThat(entities.get("result").get(0).get("notable").get(0).get("id").stringValue()).isEqualTo("Person");
		JsonNode typed = this.client.get("/reconcile/suggest/entity?prefix=Минск&type=City");
		assertThat(typed.get("result").get(0).get("id").stringValue()).isEqualTo("city:minsk");
		assertThat(typed.get("result").size()).isEqualTo(1);

		JsonNode types = this.client.get("/reconcile/suggest/type?prefix=inst");
		SpecSchemas.assertValid("suggest-types-response.json", types);
		assertThat(types.get("result").toString()).contains("\"id\":\"Institution\"");
		assertThat(types.get("result").size()).isEqualTo(1);

		JsonNode properties = this.client.get("/reconcile/suggest/property?prefix=ci");
		SpecSchemas.assertValid("suggest-properties-response.json", properties);
		assertThat(properties.get("result").get(0).get("id").stringValue()).isEqualTo("city");
	}

	@Test
	void previewsAnEntityWithEveryTextEscaped() {
		String html = this.client.http.get()
			.uri("/reconcile/preview?id=event:2025-round-table-minsk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<h1>Круглый стол «Перспективные направления развития онкологии»</h1>")
			.contains("Round table &quot;Promising Directions of Oncology Development&quot;")
			.doesNotContain("\"Promising")
			.contains("Event · ROUND_TABLE · 2025-07-15 · Минск · Беларусь")
			.contains("Источники:")
			.doesNotContain("<script");
		this.client.http.get().uri("/reconcile/preview?id=person:nobody").exchange().expectStatus().isNotFound();
	}

	@Test
	void extendsReconciledRowsWithTheirProperties() {
		ObjectNode query = ReconcileClient.JSON.createObjectNode();
		query.putArray("ids")
			.add("person:kondratovich-viktor")
			.add("event:2025-round-table-minsk")
			.add("person:nobody");
		for (String property : List.of("city", "country", "kind", "affiliation", "date", "nameEn", "degree")) {
			query.withArray("properties").addObject().put("id", property);
		}
		SpecSchemas.assertValid("data-extension-query.json", query);
		JsonNode answer = this.client.form("extend", query.toString());
		SpecSchemas.assertValid("data-extension-response.json", answer);
		assertThat(answer.get("meta").get(0).toString())
			.isEqualTo("{\"id\":\"city\",\"name\":\"City\",\"type\":{\"id\":\"City\",\"name\":\"City\"}}");
		JsonNode person = answer.get("rows").get("person:kondratovich-viktor");
		assertThat(person.get("city").toString()).isEqualTo("[{\"id\":\"city:minsk\",\"name\":\"Минск\"}]");
		assertThat(person.get("affiliation").toString()).contains("institution:minsk-city-clinical-oncology-center");
		assertThat(person.get("nameEn").toString()).isEqualTo("[{\"str\":\"Viktor Kondratovich\"}]");
		assertThat(person.get("kind").toString()).isEqualTo("[]");
		assertThat(person.get("degree").get(0).get("int").intValue()).isPositive();
		JsonNode event = answer.get("rows").get("event:2025-round-table-minsk");
		assertThat(event.get("date").toString()).isEqualTo("[{\"date\":\"2025-07-15T00:00:00Z\"}]");
		assertThat(event.get("kind").toString()).isEqualTo("[{\"str\":\"ROUND_TABLE\"}]");
		assertThat(answer.get("rows").get("person:nobody").get("city").toString()).isEqualTo("[]");
	}

	@Test
	void proposesThePropertiesOfAType() {
		JsonNode proposals = this.client.get("/reconcile/properties?type=Person&limit=4");
		assertThat(proposals.get("type").stringValue()).isEqualTo("Person");
		assertThat(proposals.get("limit").intValue()).isEqualTo(4);
		List<String> ids = new ArrayList<>();
		proposals.get("properties").forEach(p -> ids.add(p.get("id").stringValue()));
		assertThat(ids).containsExactly("city", "country", "affiliation", "name");
		JsonNode events = this.client.get("/reconcile/properties?type=Event");
		assertThat(events.get("properties").toString()).contains("\"date\"", "\"kind\"").doesNotContain("affiliation");
	}

	@Test
	void refusesBadInputWithOneClearError() {
		StringBuilder big = new StringBuilder("{");
		for (int i = 0; i < 51; i++) {
			big.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"x\"}");
		}
		big.append('}');
		refused("queries", big.toString(), "The batch has 51 queries, more than the 50 allowed"
				+ " (oncograph.reconcile.batch-size); send it in smaller batches.");
		refused("queries", "{\"q0\": {\"query\": \"" + "я".repeat(501) + "\"}}",
				"Query 'q0' has a 'query' longer than 500 characters (oncograph.reconcile.max-query-length).");
		refused("queries", "{\"q0\": {\"query\": \"x\", \"limit\": 26}}",
				"Query 'q0' has a 'limit' that is not a whole number from 1 to 25 (oncograph.reconcile.max-limit).");
		refused("queries", "{\"q0\": {\"query\": \"x\", \"type\": \"Hospital\"}}", "'Hospital' is not a type of"
				+ " this service; the types are Person, Institution, City, Country, Association, Program, Topic, Event.");
		refused("queries", "{\"q0\": {\"query\": \"x\", \"properties\": [{\"pid\": \"mayor\", \"v\": \"x\"}]}}",
				"'mayor' is not a property of this service; the properties are city, country, kind, affiliation,"
						+ " date, name, nameEn, aliases, wikidata, degree, sources.");
		refused("queries", "{\"q0\": {\"properties\": [{\"pid\": \"city\", \"v\": \"Минск\"}]}}",
				"Query 'q0' has no 'query': this service reconciles by name (properties only refine the score).");
		refused("queries", "{\"q0\": ", "'queries' is not valid JSON (line 1, column 8).");
		refused("extend", "{\"ids\": \"person:kaprin-andrey\"}", "The extension query is not an object {\"ids\":"
				+ " [\"person:kaprin-andrey\"], \"properties\": [{\"id\": \"city\"}]}.");
		this.client.http.get()
			.uri("/reconcile?callback=steal")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat(message.toString()).startsWith("JSONP is not supported"));
	}

	private void refused(String field, String value, String message) {
		this.client.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(field, value))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo(message)
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void answersCrossOriginCallsAndCountsTheClientsBudget() {
		this.client.http.get()
			.uri("/reconcile/suggest/type?prefix=p")
			.header("Origin", "http://127.0.0.1:3333")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://127.0.0.1:3333")
			.expectHeader()
			.exists("RateLimit-Remaining");
		this.client.http.options()
			.uri("/reconcile")
			.header("Origin", "http://127.0.0.1:3333")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://127.0.0.1:3333");
	}

}
