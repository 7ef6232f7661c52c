package org.oncograph.analytics;

import java.time.Duration;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the network analytics.
 *
 * @param exactBetweennessMaxNodes up to this many entities in the projection, betweenness
 * is exact (Brandes from every entity, O(entities × links)); above it, it is sampled from
 * {@code betweennessPivots} pivot entities
 * @param betweennessPivots how many pivot entities sampled betweenness starts its
 * shortest-path searches from
 * @param timeBudget how long a request may spend on an analysis (reading the projection
 * included) before it stops with a TIMEOUT error; keep it below
 * {@code spring.mvc.async.request-timeout}
 * @param warmUp whether the default {@code brokers} are computed in the background after
 * startup and after every write ({@link BrokersWarmUp})
 * @param cacheMaxWeight the most heap, as estimated by {@link Network#estimatedBytes()},
 * that the projections other than the default one may keep ({@link Projections}); the
 * default one has its own slot beside it
 * @param readQueue how many selections may wait while another projection is read; one
 * more is refused at once
 */
@ConfigurationProperties("oncograph.analytics")
record AnalyticsProperties(@DefaultValue("5000") int exactBetweennessMaxNodes,
		@DefaultValue("256") int betweennessPivots, @DefaultValue("10s") Duration timeBudget,
		@DefaultValue("true") boolean warmUp, @DefaultValue("512MB") DataSize cacheMaxWeight,
		@DefaultValue("2") int readQueue) {

	AnalyticsProperties {
		if (exactBetweennessMaxNodes < 0) {
			throw new OncoGraphException.Startup(
					"oncograph.analytics.exact-betweenness-max-nodes is " + exactBetweennessMaxNodes + ".",
					"Set ONCOGRAPH_EXACT_BETWEENNESS_MAX_NODES to 0 or more.", null);
		}
		if (betweennessPivots < 1) {
			throw new OncoGraphException.Startup("oncograph.analytics.betweenness-pivots is " + betweennessPivots + ".",
					"Set ONCOGRAPH_BETWEENNESS_PIVOTS to 1 or more (a few hundred rank the top brokers well).", null);
		}
		if (timeBudget.isNegative() || timeBudget.isZero()) {
			throw new OncoGraphException.Startup("oncograph.analytics.time-budget is " + timeBudget + ".",
					"Set ONCOGRAPH_ANALYTICS_TIME_BUDGET to a positive duration, such as 10s.", null);
		}
		if (cacheMaxWeight.isNegative()) {
			throw new OncoGraphException.Startup("oncograph.analytics.cache-max-weight is " + cacheMaxWeight + ".",
					"Set ONCOGRAPH_ANALYTICS_CACHE_MAX_WEIGHT to 0 (keep only the default network) or more.", null);
		}
		if (readQueue < 0) {
			throw new OncoGraphException.Startup("oncograph.analytics.read-queue is " + readQueue + ".",
					"Set ONCOGRAPH_ANALYTICS_READ_QUEUE to 0 (no selection waits) or more, such as 2.", null);
		}
	}

	/** The defaults, with the warm-up off (for analytics made outside Spring). */
	static AnalyticsProperties defaults() {
		return new AnalyticsProperties(5000, 256, Duration.ofSeconds(10), false, DataSize.ofMegabytes(512), 2);
	}

}
