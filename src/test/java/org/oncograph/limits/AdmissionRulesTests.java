package org.oncograph.limits;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;
import org.oncograph.error.OncoGraphException.Refused.Reason;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of admission: budgets, bulkheads, who a client is, which work is expensive.
 */
@Tag("rules")
class AdmissionRulesTests {

	static AdmissionProperties properties(long anonymousPoints, long perSecond, Duration queueWait,
			String... trustedProxies) {
		return properties(100, anonymousPoints, perSecond, queueWait, trustedProxies);
	}

	static AdmissionProperties properties(int expensivePermits, long anonymousPoints, long perSecond,
			Duration queueWait, String... trustedProxies) {
		var bulkhead = new AdmissionProperties.Bulkhead(2, 1);
		return new AdmissionProperties(true, new AdmissionProperties.Budget(anonymousPoints, perSecond),
				new AdmissionProperties.Budget(10 * anonymousPoints, 10 * perSecond), 1, List.of(trustedProxies), 1000,
				queueWait, bulkhead, bulkhead, bulkhead, bulkhead, bulkhead, 5_000, bulkhead, expensivePermits);
	}

	static final Client ANONYMOUS = new Client("address:10.0.0.1", false);

	static final Client USER = new Client("user:alice", true);

	@Test
	void aClientSpendsItsBudgetAndIsRefusedWithWhenToRetry() {
		var limits = new RateLimits(properties(1_000, 10, Duration.ZERO));
		assertThat(limits.spend(ANONYMOUS, 600).remaining()).isEqualTo(400);
		assertThatExceptionOfType(OncoGraphException.Refused.class).isThrownBy(() -> limits.spend(ANONYMOUS, 600))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.RATE_LIMITED);
				assertThat(refused.reason().status()).isEqualTo(429);
				// 200 points missing at 10 per second.
				assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
				assertThat(refused.getMessage()).contains("costs 600 points")
					.contains("ONCOGRAPH_RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND");
			});
		assertThat(limits.balance(ANONYMOUS).remaining()).as("a refused request spends nothing").isBetween(400L, 401L);
		limits.refund(ANONYMOUS, 300);
		assertThat(limits.balance(ANONYMOUS).remaining()).isBetween(700L, 701L);
	}

	@Test
	void clientsHaveTheirOwnBucketsAndTokensALargerOne() {
		var limits = new RateLimits(properties(1_000, 10, Duration.ZERO));
		limits.spend(ANONYMOUS, 1_000);
		assertThat(limits.balance(new Client("address:10.0.0.2", false)).remaining()).isEqualTo(1_000);
		assertThat(limits.spend(USER, 5_000).limit()).isEqualTo(10_000);
	}

	@Test
	void aRequestCostingMoreThanAWholeBudgetIsABadRequest() {
		var limits = new RateLimits(properties(1_000, 10, Duration.ZERO));
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(() -> limits.spend(ANONYMOUS, 1_001))
			.withMessageContaining("more than a whole budget of 1000");
	}

	@Test
	void anExhaustedClientIsToldWhenAPointComesBack() {
		var limits = new RateLimits(properties(1_000, 10, Duration.ZERO));
		limits.spend(ANONYMOUS, 1_000);
		var balance = limits.balance(ANONYMOUS);
		assertThat(balance.remaining()).isZero();
		assertThat(balance.reset()).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(100));
		assertThat(limits.exhausted(ANONYMOUS, balance).retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void aBulkheadLetsItsPermitsRunQueuesAFewAndRefusesTheRestAtOnce() throws Exception {
		var bulkheads = new Bulkheads(properties(1_000, 10, Duration.ofMillis(300)), new SimpleMeterRegistry());
		var first = bulkheads.enter(Work.PATHS, 1);
		var second = bulkheads.enter(Work.PATHS, 1);
		Thread queued = Thread.ofVirtual().start(() -> {
			try (var permit = bulkheads.enter(Work.PATHS, 1)) {
				// served once the first permit is given back
			}
		});
		Thread.sleep(100);
		long started = System.nanoTime();
		assertThatExceptionOfType(OncoGraphException.Refused.class).isThrownBy(() -> bulkheads.enter(Work.PATHS, 1))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.OVERLOADED);
				assertThat(refused.getMessage()).contains("queue is full");
			});
		assertThat(System.nanoTime() - started).as("at once").isLessThan(Duration.ofMillis(100).toNanos());
		assertThat(bulkheads.enter(Work.ANALYTICS, 1)).as("another kind of work has its own permits").isNotNull();
		first.close();
		first.close();
		queued.join();
		second.close();
		try (var one = bulkheads.enter(Work.PATHS, 1); var other = bulkheads.enter(Work.PATHS, 1)) {
			assertThat(List.of(one, other)).as("closing twice gave back one permit").doesNotContainNull();
		}
		assertThatThrownBy(() -> {
			try (var one = bulkheads.enter(Work.PATHS, 1);
					var other = bulkheads.enter(Work.PATHS, 1);
					var third = bulkheads.enter(Work.PATHS, 1)) {
				// The queue holds one, which waits for nothing: the wait is over.
			}
		}).as("no more than the two permits").isInstanceOf(OncoGraphException.Refused.class);
	}

	@Test
	void aQueuedRequestIsRefusedWhenNoPermitComesFreeInTime() {
		var bulkheads = new Bulkheads(properties(1_000, 10, Duration.ofMillis(100)), new SimpleMeterRegistry());
		bulkheads.enter(Work.EXPORTS, 3);
		bulkheads.enter(Work.EXPORTS, 1);
		assertThatThrownBy(() -> bulkheads.enter(Work.EXPORTS, 1)).isInstanceOf(OncoGraphException.Refused.class)
			.hasMessageContaining("no permit came free within 100 ms");
	}

	@Test
	void aBudgetBucket4jCannotRefillStopsStartup() {
		assertThatExceptionOfType(OncoGraphException.Startup.class)
			.isThrownBy(() -> properties(1_000_000_000_000L, 1_000_000_000_000L, Duration.ZERO))
			.withMessageContaining("per second");
		assertThat(properties(1_000_000_000_000L, 100_000_000L, Duration.ZERO).authenticated().pointsPerSecond())
			.as("one point per nanosecond")
			.isEqualTo(1_000_000_000L);
	}

	@Test
	void everyKindOfExpensiveWorkSharesTheCores() {
		var bulkheads = new Bulkheads(properties(1, 1_000, 10, Duration.ofMillis(100)), new SimpleMeterRegistry());
		var paths = bulkheads.enter(Work.PATHS, 1);
		assertThatThrownBy(() -> bulkheads.enter(Work.ANALYTICS, 1)).isInstanceOf(OncoGraphException.Refused.class)
			.hasMessageContaining("ONCOGRAPH_EXPENSIVE_PERMITS");
		paths.close();
		try (var analytics = bulkheads.enter(Work.ANALYTICS, 1)) {
			assertThat(analytics).as("once the shared permit is back, and the refused kind's own too").isNotNull();
		}
	}

	@Test
	void aFewFieldsOfAWorkShareOnePermitAndManyAreABadRequest() {
		var bulkheads = new Bulkheads(properties(1_000, 10, Duration.ZERO), new SimpleMeterRegistry());
		try (var view = bulkheads.enter(Work.PATHS, Bulkheads.FIELDS_PER_REQUEST)) {
			assertThat(bulkheads.enter(Work.PATHS, 1)).as("one permit of two taken").isNotNull();
		}
		assertThatExceptionOfType(OncoGraphException.BadRequest.class)
			.isThrownBy(() -> bulkheads.enter(Work.PATHS, Bulkheads.FIELDS_PER_REQUEST + 1))
			.withMessageContaining("4 fields of paths");
	}

	@Test
	void forwardedAddressesAreBelievedOnlyFromTrustedProxies() {
		var none = Client.Resolver.trusting(List.of());
		assertThat(none.address("203.0.113.9", "10.1.1.1")).as("no proxy trusted").isEqualTo("203.0.113.9");

		var proxies = Client.Resolver.trusting(List.of("127.0.0.1", "10.0.0.0/8"));
		assertThat(proxies.address("127.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(proxies.address("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.5"))
			.as("the nearest untrusted hop; what the client wrote further left is not believed")
			.isEqualTo("198.51.100.7");
		assertThat(proxies.address("203.0.113.9", "198.51.100.7")).as("from an untrusted peer")
			.isEqualTo("203.0.113.9");
		assertThat(proxies.address("127.0.0.1", "evil.example, 10.0.0.5")).as("a host name is never looked up")
			.isEqualTo("10.0.0.5");
		assertThat(proxies.address("127.0.0.1", "2001:db8::1")).isEqualTo("2001:db8::1");
		assertThat(proxies.address("127.0.0.1", null)).isEqualTo("127.0.0.1");
	}

	@Test
	void aRequestWithoutATokenIsItsAddress() {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.9");
		assertThat(Client.Resolver.trusting(List.of()).of(request)).isEqualTo(new Client("address:203.0.113.9", false));
	}

	@Test
	void theExpensiveFieldsAreTheSearchesAnalysesAndDeepNeighborhoods() {
		assertThat(Work.of("collaborationPaths", java.util.Map.of())).isEqualTo(Work.PATHS);
		assertThat(Work.of("pathGraph", java.util.Map.of())).isEqualTo(Work.PATHS);
		assertThat(Work.of("neighborhood", java.util.Map.of("depth", 1))).isNull();
		assertThat(Work.of("neighborhood", java.util.Map.of("depth", 2))).isEqualTo(Work.NEIGHBORHOODS);
		assertThat(Work.of("brokers", java.util.Map.of())).isEqualTo(Work.ANALYTICS);
		assertThat(Work.of("subgraph", java.util.Map.of())).isEqualTo(Work.SUBGRAPHS);
		assertThat(Work.of("person", java.util.Map.of())).isNull();
		assertThat(Work.of("search", java.util.Map.of())).isNull();
	}

}
