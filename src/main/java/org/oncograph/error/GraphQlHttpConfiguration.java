package org.oncograph.error;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What {@code /graphql} answers before GraphQL runs: the request's JSON is checked, and the requests Spring for
 * GraphQL would answer with an empty body or a 500 get a 4xx with a GraphQL-shaped error saying what to send
 * ({@link HttpRequestErrors} writes it).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private static final JsonMapper json = JsonMapper.builder().build();

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
				.body(HttpRequestErrors.body("GET is not supported on this endpoint: " + HttpRequestErrors.HOW)))
			.POST(path, taken.negate(), request -> {
				HttpStatus status = jsonContent(request) ? HttpStatus.NOT_ACCEPTABLE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				return ServerResponse.status(status)
					.contentType(MediaType.APPLICATION_JSON)
					.body(HttpRequestErrors.body(HttpRequestErrors.mediaTypeMessage(status)));
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

}
