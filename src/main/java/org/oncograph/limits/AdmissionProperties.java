package org.oncograph.limits;

import java.time.Duration;
import java.util.List;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may spend how much, and how much expensive work runs at once.
 *
 * @param enabled whether rate limits and bulkheads apply at all
 * @param anonymous the budget of each client without a token (one per address)
 * @param authenticated the budget of each API key or JWT subject
 * @param exportCost the points a request to {@code /export/**} spends
 * @param trustedProxies addresses or CIDR ranges of the proxies whose
 * {@code X-Forwarded-For} names the client; empty: the connection's address is the client
 * @param maxClients the most clients whose buckets are kept (least recently seen dropped
 * first: a dropped bucket is a full one)
 * @param queueWait how long a request waits in a bulkhead's queue for a permit
 * @param paths collaboration paths, path graphs and connections
 * @param neighborhoods neighborhoods of depth 2 or more
 * @param analytics brokers, communities, components
 * @param subgraphs subgraphs
 * @param exports everything under {@code /export/}
 * @param largeCost the estimated cost from which an operation is {@link Work#LARGE}
 * @param large operations of {@code largeCost} points or more
 * @param expensivePermits how many expensive requests run at once, of every kind together
 */
@ConfigurationProperties("oncograph.admission")
record AdmissionProperties(boolean enabled, Budget anonymous, Budget authenticated, int exportCost,
		@DefaultValue List<String> trustedProxies, int maxClients, Duration queueWait, Bulkhead paths,
		Bulkhead neighborhoods, Bulkhead analytics, Bulkhead subgraphs, Bulkhead exports, int largeCost, Bulkhead large,
		int expensivePermits) {

	/** Every value but the trusted proxies is set in {@code application.properties}. */
	AdmissionProperties {
		anonymous.check("anonymous", "ANONYMOUS");
		authenticated.check("authenticated", "AUTHENTICATED");
		for (Work work : Work.values()) {
			work.of(paths, neighborhoods, analytics, subgraphs, exports, large).check(work);
		}
		if (exportCost < 1 || exportCost > Math.min(anonymous.points(), authenticated.points())) {
			throw new OncoGraphException.Startup("oncograph.admission.export-cost is " + exportCost + ".",
					"Set ONCOGRAPH_EXPORT_COST between 1 and the smaller budget's points.", null);
		}
		if (expensivePermits < 1) {
			throw new OncoGraphException.Startup("oncograph.admission.expensive-permits is " + expensivePermits + ".",
					"Set ONCOGRAPH_EXPENSIVE_PERMITS to 1 or more (the cores expensive work may fill).", null);
		}
		if (largeCost < 1) {
			throw new OncoGraphException.Startup("oncograph.admission.large-cost is " + largeCost + ".",
					"Set ONCOGRAPH_LARGE_COST to 1 or more.", null);
		}
		if (maxClients < 1) {
			throw new OncoGraphException.Startup("oncograph.admission.max-clients is " + maxClients + ".",
					"Set ONCOGRAPH_RATE_LIMIT_MAX_CLIENTS to 1 or more.", null);
		}
	}

	Bulkhead bulkhead(Work work) {
		return work.of(this.paths, this.neighborhoods, this.analytics, this.subgraphs, this.exports, this.large);
	}

	/**
	 * A token bucket: {@code points} at most, refilled at {@code pointsPerSecond}.
	 *
	 * @param points the bucket's capacity: the most a client can spend in a burst
	 * @param pointsPerSecond how fast a spent budget comes back
	 */
	record Budget(long points, long pointsPerSecond) {

		/** The fastest refill bucket4j takes: one point per nanosecond. */
		static final long MAX_POINTS_PER_SECOND = 1_000_000_000L;

		void check(String name, String env) {
			if (this.points < 1 || this.pointsPerSecond < 1 || this.pointsPerSecond > this.points
					|| this.pointsPerSecond > MAX_POINTS_PER_SECOND) {
				throw new OncoGraphException.Startup(
						"oncograph.admission." + name + " is " + this.points + " points, " + this.pointsPerSecond
								+ " per second.",
						"Set ONCOGRAPH_RATE_LIMIT_" + env + "_POINTS to 1 or more and ONCOGRAPH_RATE_LIMIT_" + env
								+ "_POINTS_PER_SECOND between 1 and it, at most " + MAX_POINTS_PER_SECOND + ".",
						null);
			}
		}

	}

	/**
	 * @param permits how many such requests run at once
	 * @param queue how many more may wait for a permit (then the next is refused at once)
	 */
	record Bulkhead(int permits, int queue) {

		void check(Work work) {
			if (this.permits < 1 || this.queue < 0) {
				throw new OncoGraphException.Startup(
						"oncograph.admission." + work.setting() + " is " + this.permits + " permits, queue "
								+ this.queue + ".",
						"Set " + work.env() + "_PERMITS to 1 or more and " + work.env() + "_QUEUE to 0 or more.", null);
			}
		}

	}

}
