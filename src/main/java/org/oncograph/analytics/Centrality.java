package org.oncograph.analytics;

import org.oncograph.entity.Entity;

/**
 * How central an entity is in the collaboration network.
 *
 * @param entity the entity
 * @param degree how many distinct entities it is directly related to
 * @param betweenness on how many shortest paths between other pairs it lies (each pair's paths sharing one unit)
 * @param normalizedBetweenness betweenness divided by the number of pairs of other entities, 0 to 1
 */
public record Centrality(Entity entity, int degree, double betweenness, double normalizedBetweenness) {
}
