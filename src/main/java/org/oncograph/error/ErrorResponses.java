package org.oncograph.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * The GraphQL-shaped body,
 * {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}, of every answer
 * written outside GraphQL: requests refused by a servlet filter (body size,
 * authentication) or before GraphQL parses them ({@link HttpRequestErrors}).
 */
public final class ErrorResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ErrorResponses() {
	}

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

}
