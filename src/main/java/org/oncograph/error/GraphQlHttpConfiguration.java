package org.oncograph.error;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What {@code /graphql} answers before GraphQL runs: the request's JSON is checked, and
 * the requests Spring for GraphQL would answer with an empty body or a 500 get a 4xx with
 * a GraphQL-shaped error saying what to send ({@link HttpRequestErrors} writes it).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	/**
	 * Ahead of Spring for GraphQL's routes, which answer these with an empty body:
	 * {@code GET /graphql} (queries are POSTed: a GET could not be told from a mutation
	 * without parsing it), and a POST the GraphQL route does not take (a Content-Type
	 * other than JSON, or an {@code Accept} without JSON).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static RouterFunction<ServerResponse> graphQlRequestsNotTaken(GraphQlProperties graphQl) {
		String path = graphQl.getHttp().getPath();
		RequestPredicate taken = GraphQlRequestPredicates.graphQlHttp(path)
			.or(GraphQlRequestPredicates.graphQlSse(path));
		return RouterFunctions.route()
			.GET(path,
					request -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
						.allow(HttpMethod.POST)
						.contentType(MediaType.APPLICATION_JSON)
						.body(HttpRequestErrors
							.body("GET is not supported on this endpoint: " + HttpRequestErrors.HOW)))
			.POST(path, taken.negate(), request -> {
				HttpStatus status = jsonContent(request) ? HttpStatus.NOT_ACCEPTABLE
						: HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				return ServerResponse.status(status)
					.contentType(MediaType.APPLICATION_JSON)
					.body(HttpRequestErrors.body(HttpRequestErrors.mediaTypeMessage(status)));
			})
			.build();
	}

	/**
	 * Spring for GraphQL's handler, reading and checking requests with
	 * {@link GraphQlRequestConverter}, and answering a request refused before it ran with
	 * its refusal's status ({@link RefusalStatus}).
	 */
	@Bean
	static GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper json) {
		return new RefusalStatus(webGraphQlHandler, new GraphQlRequestConverter(json));
	}

	/**
	 * A response without data whose error is a refusal (RATE_LIMITED, OVERLOADED) gets
	 * the refusal's HTTP status (429, 503) and {@code Retry-After}, so that HTTP clients,
	 * proxies and load balancers see it as such; every other response as Spring for
	 * GraphQL answers it.
	 */
	static final class RefusalStatus extends GraphQlHttpHandler {

		RefusalStatus(WebGraphQlHandler handler, GraphQlRequestConverter converter) {
			super(handler, converter);
		}

		/**
		 * Also adds {@code Retry-After} to the response's headers, which the handler
		 * copies to the answer after choosing its status.
		 */
		@Override
		protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
			if (!response.getExecutionResult().isDataPresent()) {
				for (ResponseError error : response.getErrors()) {
					for (OncoGraphException.Refused.Reason reason : OncoGraphException.Refused.Reason.values()) {
						if (reason.name().equals(String.valueOf(error.getErrorType()))) {
							if (error.getExtensions().get(ErrorResponses.RETRY_AFTER) instanceof Number seconds) {
								response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, seconds.toString());
							}
							return HttpStatus.valueOf(reason.status());
						}
					}
				}
			}
			return super.selectResponseStatus(response, mediaType);
		}

	}

	private static boolean jsonContent(ServerRequest request) {
		try {
			return request.headers()
				.contentType()
				.filter(type -> MediaType.APPLICATION_JSON.includes(type)
						|| GraphQlRequestConverter.APPLICATION_GRAPHQL.includes(type))
				.isPresent();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
