package org.oncograph.error;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The one place a GraphQL request that never reaches GraphQL is refused: a body that is not JSON or not a request
 * object, a wrong content type, an unacceptable {@code Accept}, a method other than POST. Each answers its 4xx with
 * a GraphQL-shaped body, {@code {"errors":[{"message":…,"extensions":{"classification":"BAD_REQUEST"}}]}}, saying
 * what to send instead; never the parser's or converter's own words (they name Java types).
 */
@ControllerAdvice
class HttpRequestErrors {

	static final String HOW = "POST a JSON object such as {\"query\": \"{ sources { id } }\", \"variables\": {}} with"
			+ " Content-Type: application/json.";

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String graphQlPath;

	HttpRequestErrors(GraphQlProperties graphQl) {
		this.graphQlPath = graphQl.getHttp().getPath();
	}

	/**
	 * Ahead of Spring for GraphQL's routes, which answer these with an empty body: {@code GET /graphql} (queries are
	 * POSTed: a GET could not be told from a mutation without parsing it), and a POST the GraphQL route does not take
	 * (a Content-Type other than JSON, or an {@code Accept} without JSON).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static RouterFunction<ServerResponse> graphQlRequestsNotTaken(GraphQlProperties graphQl) {
		String path = graphQl.getHttp().getPath();
		RequestPredicate taken = GraphQlRequestPredicates.graphQlHttp(path).or(GraphQlRequestPredicates.graphQlSse(path));
		return RouterFunctions.route()
			.GET(path, request -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body("GET is not supported on this endpoint: " + HOW)))
			.POST(path, taken.negate(), request -> {
				HttpStatus status = jsonContent(request) ? HttpStatus.NOT_ACCEPTABLE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(body(mediaTypeMessage(status)));
			})
			.build();
	}

	/**
	 * Spring for GraphQL's handler, behind a check of the request's JSON: an object whose {@code query} is a string and
	 * whose {@code operationName}, {@code variables} and {@code extensions} are of their types or null. Otherwise a 400
	 * naming the entry; the handler itself fails on a body of JSON {@code null} with a 500, and reads a number as the
	 * query's text.
	 */
	@Bean
	static GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new GraphQlHttpHandler(webGraphQlHandler) {

			@Override
			public ServerResponse handleRequest(ServerRequest request) throws ServletException {
				byte[] body;
				try {
					body = request.body(byte[].class);
				}
				catch (IOException ex) {
					throw new ServerWebInputException("the body could not be read", null, ex);
				}
				if (request.headers().contentType().filter(MediaType.APPLICATION_JSON::includes).isPresent()) {
					check(body);
				}
				return super.handleRequest(ServerRequest.from(request).body(body).build());
			}

		};
	}

	/** Refuses a JSON body that is not a GraphQL request object, naming what is wrong. */
	static void check(byte[] body) {
		JsonNode request;
		try {
			request = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ServerWebInputException("the body is not valid JSON");
		}
		if (request == null || !request.isObject()) {
			throw new ServerWebInputException("the body is not a JSON object");
		}
		if (!request.path("query").isString()) {
			throw new ServerWebInputException("'query' must be a string");
		}
		if (!request.path("operationName").isMissingNode() && !request.path("operationName").isNull()
				&& !request.path("operationName").isString()) {
			throw new ServerWebInputException("'operationName' must be a string or null");
		}
		for (String map : List.of("variables", "extensions")) {
			JsonNode value = request.path(map);
			if (!value.isMissingNode() && !value.isNull() && !value.isObject()) {
				throw new ServerWebInputException("'" + map + "' must be an object or null");
			}
		}
	}

	private static boolean jsonContent(ServerRequest request) {
		try {
			return request.headers().contentType().filter(type -> MediaType.APPLICATION_JSON.includes(type)
					|| APPLICATION_GRAPHQL.includes(type)).isPresent();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return refuse(ex, request, HttpStatus.BAD_REQUEST, "The request body is not a GraphQL request: " + HOW);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeException ex, HttpServletRequest request)
			throws HttpMediaTypeException {
		return refuse(ex, request, ex.getStatusCode(), mediaTypeMessage(ex.getStatusCode()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> input(ResponseStatusException ex, HttpServletRequest request) {
		String message = (ex instanceof UnsupportedMediaTypeStatusException || ex instanceof NotAcceptableStatusException)
				? mediaTypeMessage(ex.getStatusCode())
				: "The request is not a GraphQL request" + ((ex.getReason() != null) ? " (" + ex.getReason() + ")" : "")
						+ ": " + HOW;
		return refuse(ex, request, ex.getStatusCode(), message);
	}

	private static String mediaTypeMessage(HttpStatusCode status) {
		return (status.value() == HttpStatus.NOT_ACCEPTABLE.value())
				? "This endpoint answers application/json or application/graphql-response+json: accept one of them."
				: "The request has an unsupported Content-Type: " + HOW;
	}

	private <E extends Exception> ResponseEntity<Map<String, Object>> refuse(E ex, HttpServletRequest request,
			HttpStatusCode status, String message) throws E {
		if (!this.graphQlPath.equals(request.getRequestURI())) {
			throw ex;
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(message));
	}

	static Map<String, Object> body(String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))));
	}

}
