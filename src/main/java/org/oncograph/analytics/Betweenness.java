package org.oncograph.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Betweenness of every entity of a projection, unnormalised, and how it was found.
 *
 * @param scores by entity id (undirected: each pair of other entities counted once)
 * @param exact whether the scores are exact (Brandes from every entity) or estimates
 * (sampled from pivots)
 * @param pivots how many entities the shortest-path searches started from: every entity
 * when exact
 * @param ranked every entity id, most central first (betweenness, then degree, then id);
 * empty until {@link #rankedBy} is called by the network the scores are of
 */
record Betweenness(Map<String, Double> scores, boolean exact, int pivots, List<String> ranked) {

	Betweenness(Map<String, Double> scores, boolean exact, int pivots) {
		this(scores, exact, pivots, List.of());
	}

	/**
	 * These scores with every entity ranked, most central first: sorted once, so a
	 * request only reads the top.
	 */
	Betweenness rankedBy(ToIntFunction<String> degree) {
		List<String> ranked = this.scores.keySet()
			.stream()
			.sorted(Comparator.comparingDouble(this::of)
				.reversed()
				.thenComparing(Comparator.comparingInt(degree).reversed())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		return new Betweenness(this.scores, this.exact, this.pivots, ranked);
	}

	double of(String id) {
		return this.scores.getOrDefault(id, 0.0);
	}

}
