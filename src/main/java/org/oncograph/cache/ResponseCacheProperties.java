package org.oncograph.cache;

import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the response cache.
 *
 * @param enabled whether answers of queries are cached
 * @param maxWeight the most heap, as estimated from the answers' JSON
 * ({@link ResponseCache#weight}), the cached answers may take; the least used go first
 */
@ConfigurationProperties("oncograph.response-cache")
record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("128MB") DataSize maxWeight) {

	ResponseCacheProperties {
		if (maxWeight.isNegative()) {
			throw new OncoGraphException.Startup("oncograph.response-cache.max-weight is " + maxWeight + ".",
					"Set ONCOGRAPH_RESPONSE_CACHE_MAX_WEIGHT to a size such as 128MB, or"
							+ " ONCOGRAPH_RESPONSE_CACHE=false to turn the cache off.",
					null);
		}
	}

}
