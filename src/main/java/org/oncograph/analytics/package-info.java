/**
 * Network analytics over the collaboration projection (the relation kinds of
 * collaboration paths): degree and betweenness centrality ("brokers"), communities and
 * connected components, computed with JGraphT on a projection read from Neo4j in pages,
 * one read at a time, and kept within a weight ({@code Projections}) until
 * {@link org.oncograph.analytics.CollaborationNetworks#invalidate()}.
 */
@NullMarked
package org.oncograph.analytics;

import org.jspecify.annotations.NullMarked;
