package org.oncograph.bench;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One kind of request: a GraphQL document and the variables of its prepared instances
 * (requests cycle through them).
 *
 * @param name how the report calls it
 * @param document the GraphQL operation
 * @param instances the variables of each instance
 * @param p99Target the p99 the issue sets, in milliseconds, at concurrency 1; null when
 * it sets none
 */
record Workload(String name, String document, List<Map<String, Object>> instances, @Nullable Double p99Target) {

	Map<String, Object> variables(int request) {
		return this.instances.get(request % this.instances.size());
	}

}
