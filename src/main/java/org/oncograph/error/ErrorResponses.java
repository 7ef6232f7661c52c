package org.oncograph.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The GraphQL-shaped body,
 * {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}, of every answer
 * written outside GraphQL: requests refused by a servlet filter (body size,
 * authentication, rate limits, bulkheads) or before GraphQL parses them
 * ({@link HttpRequestErrors}); and the error of a request refused before its execution
 * ({@link #error(OncoGraphException.Refused)}).
 */
public final class ErrorResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	/** The extension of a refusal's error that says in how many seconds to ask again. */
	public static final String RETRY_AFTER = "retryAfter";

	static Map<String, Object> body(String message, String classification) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
	}

	/**
	 * Writes the whole answer with its length, so a response that closes the connection
	 * leaves no chunk open.
	 */
	public static void write(HttpServletResponse response, int status, String message, String classification)
			throws IOException {
		byte[] body = json.writeValueAsBytes(body(message, classification));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/**
	 * A refused request's answer: its status (429 or 503), {@code Retry-After} and the
	 * GraphQL-shaped body classified by the reason.
	 */
	public static void write(HttpServletResponse response, OncoGraphException.Refused refused) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		write(response, refused.reason().status(), refused.getMessage(), refused.reason().name());
	}

	/**
	 * The GraphQL error of a request refused before or while it ran, classified by the
	 * reason, with {@value #RETRY_AFTER} in seconds.
	 */
	public static GraphQLError error(OncoGraphException.Refused refused) {
		return GraphqlErrorBuilder.newError()
			.errorType(classification(refused.reason()))
			.message(refused.getMessage())
			.extensions(Map.of(RETRY_AFTER, refused.retryAfterSeconds()))
			.build();
	}

	private static ErrorClassification classification(OncoGraphException.Refused.Reason reason) {
		return ErrorClassification.errorClassification(reason.name());
	}

}
