package org.oncograph.analytics;

import org.oncograph.entity.Entity;

/**
 * How central an entity is in the collaboration network.
 *
 * @param entity the entity
 * @param degree how many distinct entities it is directly related to
 * @param betweenness on how many shortest paths between other pairs it lies (each pair's
 * paths sharing one unit); an estimate unless {@code betweennessExact}
 * @param normalizedBetweenness betweenness divided by the number of pairs of other
 * entities, 0 to 1
 * @param betweennessExact whether betweenness was computed from every entity (exact) or
 * sampled from pivots
 * @param betweennessPivots from how many entities the shortest-path searches started: all
 * of them when exact
 */
public record Centrality(Entity entity, int degree, double betweenness, double normalizedBetweenness,
		boolean betweennessExact, int betweennessPivots) {
}
