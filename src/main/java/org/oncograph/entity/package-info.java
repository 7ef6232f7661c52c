/**
 * The graph as the API sees it: one record per kind of node, their mapping from Neo4j,
 * and the reads every kind shares (lookup by id, filtered and paged lists, provenance of
 * nodes).
 */
@NullMarked
package org.oncograph.entity;

import org.jspecify.annotations.NullMarked;
