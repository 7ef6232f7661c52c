package org.oncograph.limits;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Admission}, the GraphQL API's rate limits for an endpoint that measures its own
 * cost ({@code /reconcile}): it spends from the same per-client budgets, sets the same
 * headers, refuses a client over budget, and spends nothing when admission is off.
 */
@Tag("rules")
class EndpointAdmissionTests {

	private final RateLimits rateLimits = new RateLimits(AdmissionRulesTests.properties(100, 1, Duration.ofSeconds(1)));

	private final Admission admission = new Admission(Client.Resolver.trusting(List.of()), this.rateLimits);

	@Test
	void spendsFromTheClientsBudgetUntilItIsRefused() {
		var request = new MockHttpServletRequest("POST", "/reconcile");
		request.setRemoteAddr("10.0.0.7");
		var response = new MockHttpServletResponse();
		this.admission.spend(request, response, 60);
		assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("100");
		assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo("40");
		assertThatExceptionOfType(OncoGraphException.Refused.class)
			.isThrownBy(() -> this.admission.spend(request, new MockHttpServletResponse(), 60))
			.satisfies(
					refused -> assertThat(refused.reason()).isEqualTo(OncoGraphException.Refused.Reason.RATE_LIMITED));
		var other = new MockHttpServletRequest("POST", "/reconcile");
		other.setRemoteAddr("10.0.0.8");
		this.admission.spend(other, new MockHttpServletResponse(), 60);
	}

	@Test
	void usesTheClientTheAdmissionFilterFound() {
		var request = new MockHttpServletRequest("GET", "/reconcile");
		request.setAttribute(Client.ATTRIBUTE, new Client("user:alice", true));
		var response = new MockHttpServletResponse();
		this.admission.spend(request, response, 1);
		assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("1000");
	}

	@Test
	void spendsNothingWhenAdmissionIsOff() {
		var response = new MockHttpServletResponse();
		new Admission(Client.Resolver.trusting(List.of()), null).spend(new MockHttpServletRequest("GET", "/reconcile"),
				response, 1_000_000);
		assertThat(response.getHeader("RateLimit-Remaining")).isNull();
	}

}
