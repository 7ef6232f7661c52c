package org.oncograph.analytics;

import java.util.Map;

/**
 * Betweenness of every entity of a projection, unnormalised, and how it was found.
 *
 * @param scores by entity id (undirected: each pair of other entities counted once)
 * @param exact whether the scores are exact (Brandes from every entity) or estimates (sampled from pivots)
 * @param pivots how many entities the shortest-path searches started from: every entity when exact
 */
record Betweenness(Map<String, Double> scores, boolean exact, int pivots) {

	double of(String id) {
		return this.scores.getOrDefault(id, 0.0);
	}

}
