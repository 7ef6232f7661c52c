/**
 * Network analytics over the collaboration projection (the relation kinds of
 * collaboration paths): degree and betweenness centrality ("brokers"), communities and
 * connected components, computed with JGraphT on a projection streamed from Neo4j in one
 * statement and cached until
 * {@link org.oncograph.analytics.CollaborationNetworks#invalidate()}.
 */
@NullMarked
package org.oncograph.analytics;

import org.jspecify.annotations.NullMarked;
