package org.oncograph.reconcile;

import org.oncograph.GraphQlOverHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Calls {@code /reconcile} of the running app as OpenRefine does: forms and GETs. */
final class ReconcileClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final WebTestClient http;

	ReconcileClient(int port) {
		this.http = GraphQlOverHttp.client(port);
	}

	/**
	 * POSTs a form field ({@code queries} or {@code extend}) and reads the JSON answer.
	 */
	JsonNode form(String field, String value) {
		return read(this.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(field, value)));
	}

	/** GETs a path with its query string and reads the JSON answer. */
	JsonNode get(String uri) {
		return read(this.http.get().uri(uri));
	}

	/** Sends the request, expects 200 and reads the JSON answer. */
	static JsonNode read(WebTestClient.RequestHeadersSpec<?> request) {
		return JSON.readTree(
				request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
	}

}
