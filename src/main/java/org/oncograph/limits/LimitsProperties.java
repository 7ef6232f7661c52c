package org.oncograph.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDepth the deepest selection a query may nest
 * @param maxComplexity the most fields a query may ask for, counting each field once per
 * row it can return
 * @param listFactor the rows assumed for a list field without a {@code first} argument
 * @param maxBodySize the largest GraphQL request body accepted
 * @param maxOperations the most operations one document may hold
 * @param maxAliases the most aliased fields one document may hold
 */
@ConfigurationProperties("oncograph.limits")
record LimitsProperties(int maxDepth, int maxComplexity, int listFactor, DataSize maxBodySize,
		@DefaultValue("10") int maxOperations, @DefaultValue("50") int maxAliases) {
}
