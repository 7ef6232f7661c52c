package org.oncograph.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BiConsumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.oncograph.error.OncoGraphException;
import org.oncograph.error.OncoGraphException.Refused.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token bucket per client (bucket4j), from which each request spends its cost in
 * points: as GitHub's and Shopify's GraphQL APIs do, a client may burst up to its
 * budget's points, then goes at the rate they come back. The buckets of the most recently
 * seen {@code maxClients} are kept; a bucket dropped is a full one, which a client would
 * have by the time it is dropped ({@code expireAfterAccess} is the time to refill).
 */
class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final AdmissionProperties.Budget anonymous;

	private final AdmissionProperties.Budget authenticated;

	private final Cache<String, Bucket> buckets;

	RateLimits(AdmissionProperties properties) {
		this.anonymous = properties.anonymous();
		this.authenticated = properties.authenticated();
		long refillSeconds = Math.max(this.anonymous.points() / this.anonymous.pointsPerSecond(),
				this.authenticated.points() / this.authenticated.pointsPerSecond()) + 1;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(Duration.ofSeconds(refillSeconds))
			.build();
	}

	/**
	 * Spends {@code cost} points of the client's budget, or nothing and throws a
	 * RATE_LIMITED refusal saying when the budget holds them again.
	 */
	Balance spend(Client client, long cost) {
		AdmissionProperties.Budget budget = budget(client);
		if (cost > budget.points()) {
			throw new OncoGraphException.BadRequest("query",
					"This request costs " + cost + " points, more than a whole budget of " + budget.points() + " ("
							+ setting(client) + "); ask for fewer rows.");
		}
		ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(Math.max(cost, 1));
		Balance balance = new Balance(budget.points(), probe.getRemainingTokens(),
				Duration.ofNanos(probe.getNanosToWaitForReset()));
		if (!probe.isConsumed()) {
			throw refused(client, cost, balance, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		return balance;
	}

	/** The client's balance, spending nothing. */
	Balance balance(Client client) {
		AdmissionProperties.Budget budget = budget(client);
		long remaining = Math.max(bucket(client).getAvailableTokens(), 0);
		return new Balance(budget.points(), remaining,
				Duration.ofNanos((budget.points() - remaining) * 1_000_000_000L / budget.pointsPerSecond()));
	}

	/**
	 * The RATE_LIMITED refusal of a client whose balance is below one point, so that its
	 * request is refused before it is even parsed.
	 */
	OncoGraphException.Refused exhausted(Client client, Balance balance) {
		return refused(client, 1, balance,
				Duration.ofNanos(bucket(client).estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	/**
	 * Charges points a request used beyond what it spent up front, even past the budget
	 * (its next requests wait for them).
	 */
	void charge(Client client, long points) {
		if (points > 0) {
			bucket(client).consumeIgnoringRateLimits(points);
		}
	}

	/** Gives back points spent on a request that was then refused for another reason. */
	void refund(Client client, long cost) {
		bucket(client).addTokens(Math.max(cost, 1));
	}

	private Bucket bucket(Client client) {
		return this.buckets.get(client.id(), id -> {
			AdmissionProperties.Budget budget = budget(client);
			return Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(budget.points())
					.refillGreedy(budget.pointsPerSecond(), Duration.ofSeconds(1))
					.build())
				.build();
		});
	}

	private AdmissionProperties.Budget budget(Client client) {
		return client.authenticated() ? this.authenticated : this.anonymous;
	}

	private static String setting(Client client) {
		return client.authenticated() ? "ONCOGRAPH_RATE_LIMIT_AUTHENTICATED_POINTS"
				: "ONCOGRAPH_RATE_LIMIT_ANONYMOUS_POINTS";
	}

	private OncoGraphException.Refused refused(Client client, long cost, Balance balance, Duration wait) {
		AdmissionProperties.Budget budget = budget(client);
		log.info("Rate limited: {} asked for {} points with {} left", client.id(), cost, balance.remaining());
		return new OncoGraphException.Refused(Reason.RATE_LIMITED, String.format(Locale.ROOT,
				"Rate limit: this request costs %d points and %s has %d of %d left; retry after %d s. %s clients get"
						+ " %d points per second (%s_PER_SECOND)%s.",
				cost, client.authenticated() ? "this client" : "this address", balance.remaining(), budget.points(),
				OncoGraphException.Refused.seconds(wait), client.authenticated() ? "Authenticated" : "Anonymous",
				budget.pointsPerSecond(), setting(client),
				client.authenticated() ? "" : "; an API key or a token gets a larger budget"), wait);
	}

	/**
	 * What a client has left: {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
	 * {@code RateLimit-Reset} (until the bucket is full again).
	 */
	record Balance(long limit, long remaining, Duration reset) {

		/** Sets the three headers with {@code header}. */
		void write(BiConsumer<String, String> header) {
			header.accept("RateLimit-Limit", Long.toString(this.limit));
			header.accept("RateLimit-Remaining", Long.toString(this.remaining));
			header.accept("RateLimit-Reset", Long.toString((this.reset.toMillis() + 999) / 1000));
		}

	}

}
