package org.oncograph.error;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * The one place a GraphQL request that never reaches GraphQL is refused: a body that is
 * not JSON or not a request object, a wrong content type, an unacceptable {@code Accept},
 * a method other than POST. Each answers its 4xx with a GraphQL-shaped body,
 * {@code {"errors":[{"message":…,"extensions":{"classification":"BAD_REQUEST"}}]}},
 * saying what to send instead; never the parser's or converter's own words (they name
 * Java types). The requests Spring for GraphQL would answer with an empty body are
 * refused the same way by {@link GraphQlHttpConfiguration}.
 */
@ControllerAdvice
class HttpRequestErrors {

	private static final Logger log = LoggerFactory.getLogger(HttpRequestErrors.class);

	static final String HOW = "POST a JSON object such as {\"query\": \"{ sources { id } }\", \"variables\": {}} with"
			+ " Content-Type: application/json.";

	private final String graphQlPath;

	private final String requestTimeout;

	HttpRequestErrors(GraphQlProperties graphQl, @Value("${spring.mvc.async.request-timeout:}") String requestTimeout) {
		this.graphQlPath = graphQl.getHttp().getPath();
		this.requestTimeout = requestTimeout.isBlank() ? "" : " (" + requestTimeout + ")";
	}

	/**
	 * A request still running at the request timeout: 503 with a GraphQL-shaped TIMEOUT
	 * error, on {@code /graphql} and the exports alike (one line in the log, no stack).
	 */
	@ExceptionHandler
	ResponseEntity<Map<String, Object>> timedOut(AsyncRequestTimeoutException ex, HttpServletRequest request) {
		log.warn("{} {} stopped at the request timeout{}", request.getMethod(), request.getRequestURI(),
				this.requestTimeout);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorResponses.body("The request took longer than the server's request timeout" + this.requestTimeout
					+ " (ONCOGRAPH_REQUEST_TIMEOUT) and was stopped; ask for less (fewer hops, a smaller k or depth,"
					+ " a smaller page).", "TIMEOUT"));
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
		String message = (ex instanceof UnsupportedMediaTypeStatusException
				|| ex instanceof NotAcceptableStatusException) ? mediaTypeMessage(ex.getStatusCode())
						: "The request is not a GraphQL request"
								+ ((ex.getReason() != null) ? " (" + ex.getReason() + ")" : "") + ": " + HOW;
		return refuse(ex, request, ex.getStatusCode(), message);
	}

	static String mediaTypeMessage(HttpStatusCode status) {
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
		return ErrorResponses.body(message, "BAD_REQUEST");
	}

}
