package org.oncograph.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;

/**
 * The GraphQL-shaped body,
 * {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}, of every answer
 * written outside GraphQL: requests refused by a servlet filter (body size,
 * authentication, rate limits, bulkheads) or before GraphQL parses them
 * ({@link HttpRequestErrors}); and the error of a request refused before its execution
 * ({@link #error(OncoGraphException.Refused)}) or stopped as a whole
 * ({@link #stopped(Throwable)}).
 */
public final class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

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

	/**
	 * The one error of a request stopped as a whole because a read shared by many of its
	 * fields failed (a batch of relationships over a hub's thousands): TIMEOUT when the
	 * transaction met its timeout, else INTERNAL_ERROR without details. Logged once here;
	 * one error instead of one per field the read would have filled, which graphql-java
	 * collects at a cost that grows with the square of their number.
	 */
	public static GraphQLError stopped(Throwable failure) {
		if (transactionTimedOut(failure)) {
			log.warn("A request stopped at the transaction timeout while reading relationships: {}",
					failure.getMessage());
			return GraphqlErrorBuilder.newError()
				.errorType(GraphQlErrors.TIMEOUT)
				.message("Reading this request's relationships took longer than the server's query timeout"
						+ " (ONCOGRAPH_QUERY_TIMEOUT) and the request was stopped; ask for fewer nested lists, or"
						+ " start from the entities at their other end.")
				.build();
		}
		log.error("A request stopped: a read of relationships failed", failure);
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The server could not answer this request; the failure is in its log.")
			.build();
	}

	/**
	 * Whether Neo4j ended the transaction at a timeout:
	 * {@code Neo.ClientError.Transaction.TransactionTimedOut} (the server's own limit) or
	 * {@code ...TransactionTimedOutClientConfiguration} (the one the app sets at begin),
	 * the same code for a statement and for a commit. The {@code Terminated} codes mean
	 * someone ended it, not a timeout.
	 */
	static boolean transactionTimedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	private static ErrorClassification classification(OncoGraphException.Refused.Reason reason) {
		return ErrorClassification.errorClassification(reason.name());
	}

}
