package org.oncograph.error;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request still running at the request timeout is answered like every other refusal:
 * 503 with a GraphQL-shaped TIMEOUT error naming the setting, not Spring's error JSON.
 */
@Tag("rules")
class RequestTimeoutTests {

	@Test
	void aRequestAtTheRequestTimeoutGetsAGraphQlShapedTimeout() {
		var errors = new HttpRequestErrors(new GraphQlProperties(), "15s");
		for (String path : List.of("/graphql", "/export/graph.graphml")) {
			var answer = errors.timedOut(new AsyncRequestTimeoutException(), new MockHttpServletRequest("GET", path));
			assertThat(answer.getStatusCode().value()).isEqualTo(503);
			@SuppressWarnings("unchecked")
			var error = ((List<Map<String, Object>>) answer.getBody().get("errors")).get(0);
			assertThat(error.get("message")).asString()
				.contains("request timeout (15s)")
				.contains("ONCOGRAPH_REQUEST_TIMEOUT");
			assertThat(error.get("extensions")).isEqualTo(Map.of("classification", "TIMEOUT"));
		}
	}

	@Test
	void aRefusalIsAnErrorClassifiedByItsReasonWithWhenToRetry() {
		var refused = new OncoGraphException.Refused(OncoGraphException.Refused.Reason.OVERLOADED, "Busy.",
				java.time.Duration.ofMillis(1_500));
		var error = ErrorResponses.error(refused);
		assertThat(error.getErrorType()).hasToString("OVERLOADED");
		assertThat(error.getExtensions()).containsEntry(ErrorResponses.RETRY_AFTER, 2L);
		assertThat(refused.reason().status()).isEqualTo(503);
	}

}
