package org.oncograph.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.curation.CurationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write: no token gives UNAUTHORIZED, the wrong role FORBIDDEN, both as GraphQL
 * errors; JWTs and API keys work, bad ones get 401; and everything that was public stays
 * public, with CORS and framing as before.
 */
@CurationTest
class SecurityTests {

	static final String ADD_SOURCE = """
			mutation { addSource(input: {title: "%s"}) { source { id audit { createdBy } } errors { code } } }""";

	int port;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.port = port;
		this.http = GraphQlOverHttp.client(port);
	}

	HttpGraphQlTester bearer(String token) {
		return CurationTest.Clients.as(this.port, token);
	}

	String jwt(List<String> roles, Duration validFor) {
		return CurationTest.Clients.jwt("alice@example.org", roles, validFor, CurationTest.SECRET);
	}

	@Test
	void withoutATokenEveryWriteIsUnauthorizedAndNothingLeaksAStackTrace() {
		var anonymous = GraphQlOverHttp.graphQl(this.port);
		for (String mutation : List.of(ADD_SOURCE.formatted("Аноним"),
				"mutation { upsertEntity(input: {type: TOPIC, name: \"x\", nameEn: \"x\", sources: []}) { errors { code } } }",
				"mutation { retractFact(input: {entity: \"person:kaprin-andrey\", reason: \"x\"}) { errors { code } } }")) {
			anonymous.document(mutation)
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.UNAUTHORIZED
						&& error.getMessage().contains("bearer token") && !error.getMessage().contains("Exception"))
				.verify();
		}
		anonymous.document("{ retractions { id } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.UNAUTHORIZED)
			.verify();
	}

	@Test
	void aCuratorMayNotRetractButAnAdminMayDoWhatACuratorDoes() {
		bearer(CurationTest.CURATOR_KEY).document(
				"mutation { retractFact(input: {entity: \"person:kaprin-andrey\", reason: \"x\"}) { errors { code } } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.FORBIDDEN && error.getMessage().contains("curator-bot")
					&& error.getMessage().contains("admin"))
			.verify();
		bearer(CurationTest.ADMIN_KEY).document(ADD_SOURCE.formatted("Заметка администратора"))
			.execute()
			.path("addSource.source.audit.createdBy")
			.entity(String.class)
			.isEqualTo("admin-bot");
	}

	@Test
	void aValidJwtWithTheCuratorRoleWritesInItsSubjectsName() {
		bearer(jwt(List.of("curator"), Duration.ofMinutes(5))).document(ADD_SOURCE.formatted("Заметка Алисы"))
			.execute()
			.path("addSource.source.audit.createdBy")
			.entity(String.class)
			.isEqualTo("alice@example.org");
		bearer(jwt(List.of("reader"), Duration.ofMinutes(5))).document(ADD_SOURCE.formatted("Заметка без роли"))
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.FORBIDDEN)
			.verify();
	}

	@Test
	void anApiKeyWorksInTheXApiKeyHeaderToo() {
		GraphQlOverHttp.graphQl(this.port)
			.mutate()
			.header("X-API-Key", CurationTest.CURATOR_KEY)
			.build()
			.document(ADD_SOURCE.formatted("Заметка по ключу"))
			.execute()
			.path("addSource.source.audit.createdBy")
			.entity(String.class)
			.isEqualTo("curator-bot");
	}

	static long inSeconds(Duration fromNow) {
		return java.time.Instant.now().plus(fromNow).getEpochSecond();
	}

	@Test
	void rolesAreMatchedExactly() {
		for (Object roles : List.of(List.of("CURATOR"), List.of(" curator "), "Curator")) {
			bearer(CurationTest.Clients
				.signed(Map.of("sub", "carol", "roles", roles, "exp", inSeconds(Duration.ofMinutes(5)))))
				.document(ADD_SOURCE.formatted("Заметка Кэрол"))
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.FORBIDDEN)
				.verify();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "bad-signature", "unknown-key", "garbage", "no-exp", "too-long", "future-iat",
			"no-sub", "blank-sub", "hostile-sub" })
	void aBadTokenIsRejectedWith401AndAGraphQlError(String which) {
		long hour = inSeconds(Duration.ofHours(1));
		String token = switch (which) {
			case "no-exp" -> CurationTest.Clients.signed(Map.of("sub", "alice", "roles", List.of("curator")));
			case "too-long" -> CurationTest.Clients
				.signed(Map.of("sub", "alice", "roles", List.of("curator"), "exp", inSeconds(Duration.ofDays(365))));
			case "future-iat" -> CurationTest.Clients.signed(Map.of("sub", "alice", "roles", List.of("curator"), "iat",
					inSeconds(Duration.ofDays(300)), "exp", inSeconds(Duration.ofDays(300).plusHours(1))));
			case "no-sub" -> CurationTest.Clients.signed(Map.of("roles", List.of("curator"), "exp", hour));
			case "blank-sub" ->
				CurationTest.Clients.signed(Map.of("sub", " ", "roles", List.of("curator"), "exp", hour));
			case "hostile-sub" -> CurationTest.Clients
				.signed(Map.of("sub", "evil\u0000\u202Eadmin", "roles", List.of("curator"), "exp", hour));
			case "expired" -> jwt(List.of("curator"), Duration.ofMinutes(-5));
			case "bad-signature" -> CurationTest.Clients.jwt("mallory", List.of("admin"), Duration.ofMinutes(5),
					"another-secret-of-at-least-thirty-two-bytes!!");
			case "unknown-key" -> "not-a-key-0123456789abcdefghijkl";
			default -> "a.b.c";
		};
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", ADD_SOURCE.formatted("Заметка " + which)))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED")
			.jsonPath("$.errors[0].message")
			.isEqualTo("The bearer token is invalid or expired.");
	}

	@Test
	void everythingPublicStaysPublicWithoutAToken() {
		GraphQlOverHttp.graphQl(this.port)
			.document("{ search(text: \"Каприн\", first: 1) { node { id } } }")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo("person:kaprin-andrey");
		for (String path : List.of("/graphiql?path=/graphql", "/graphql/schema", "/view", "/view/oncograph-view.js",
				"/webjars/cytoscape/dist/cytoscape.min.js", "/export/graph.json", "/actuator/health",
				"/actuator/health/readiness", "/actuator/prometheus")) {
			this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.value(status -> assertThat(status).as(path).isEqualTo(200));
		}
		this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectBody(String.class)
			.value(schema -> assertThat(schema).contains("type Mutation").contains("input UpsertEntityInput"));
	}

	@Test
	void healthShowsItsDetailsToAValidTokenOnly() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(health -> assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components", "neo4j"));
		this.http.get()
			.uri("/actuator/health/readiness")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + CurationTest.CURATOR_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(readiness -> assertThat(readiness).contains("\"status\":\"UP\"")
				.contains("\"neo4j\"")
				.contains("\"latest\":\"V0010__Name_key.cypher\""));
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt(List.of(), Duration.ofMinutes(5)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(health -> assertThat(health).contains("\"components\"").contains("\"diskSpace\""));
	}

	@Test
	void theViewerMayStillBeFramedAndCalledFromOtherOrigins() {
		this.http.get()
			.uri("/view")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-Frame-Options")
			.expectHeader()
			.value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors *"));
		this.http.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://intranet.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://intranet.example.org");
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://intranet.example.org")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sources { id } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://intranet.example.org");
	}

	@Test
	void noSessionIsCreated() {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + CurationTest.CURATOR_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sources { id } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

}
