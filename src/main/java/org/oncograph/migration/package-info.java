/**
 * Applies the Cypher scripts of {@code cypher/} at startup, in version order, each once, recording a
 * checksum in the graph (the conventions of neo4j-migrations, so switching to it stays trivial).
 */
@NullMarked
package org.oncograph.migration;

import org.jspecify.annotations.NullMarked;
