package org.oncograph.reconcile;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the reconciliation service: what one request may ask for, so that a request
 * costs a bounded number of statements and rows.
 *
 * @param batchSize most queries in one reconciliation batch, and most ids in one data
 * extension request (also the manifest's {@code batchSize}); 1 to {@value #MAX_BATCH}
 * @param maxQueryLength most characters of one query's text; 1 to
 * {@value #MAX_QUERY_LENGTH}
 * @param maxLimit largest {@code limit} (candidates per query); 1 to {@value #MAX_LIMIT}
 * @param maxBodySize largest JSON body of a request (a form is bounded by the server's
 * form size)
 */
@ConfigurationProperties("oncograph.reconcile")
record ReconcileProperties(@DefaultValue("50") int batchSize, @DefaultValue("500") int maxQueryLength,
		@DefaultValue("25") int maxLimit, @DefaultValue("1MB") DataSize maxBodySize) {

	static final int MAX_BATCH = 1000;

	static final int MAX_QUERY_LENGTH = 10_000;

	static final int MAX_LIMIT = 100;

	ReconcileProperties {
		check("batch-size", "ONCOGRAPH_RECONCILE_BATCH_SIZE", batchSize, MAX_BATCH);
		check("max-query-length", "ONCOGRAPH_RECONCILE_MAX_QUERY_LENGTH", maxQueryLength, MAX_QUERY_LENGTH);
		check("max-limit", "ONCOGRAPH_RECONCILE_MAX_LIMIT", maxLimit, MAX_LIMIT);
		if (maxBodySize.toBytes() < 1024 || maxBodySize.toMegabytes() > 100) {
			throw new OncoGraphException.Startup(
					"oncograph.reconcile.max-body-size is " + maxBodySize + ", outside 1KB..100MB.",
					"Set ONCOGRAPH_RECONCILE_MAX_BODY_SIZE to a size from 1KB to 100MB.", null);
		}
	}

	private static void check(String key, String variable, int value, int max) {
		if (value < 1 || value > max) {
			throw new OncoGraphException.Startup(
					"oncograph.reconcile." + key + " is " + value + ", outside 1.." + max + ".",
					"Set " + variable + " to a number from 1 to " + max + ".", null);
		}
	}

}
