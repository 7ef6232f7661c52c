/**
 * Applies the Cypher scripts of {@code cypher/} at startup, in version order, each once,
 * recording a checksum in the graph as a {@code :__OncoGraphMigration} node. The scripts
 * follow neo4j-migrations' conventions (names, CRC32 checksums, immutability); the
 * records are our own, not its {@code :__Neo4jMigration} chain, so that its tooling never
 * misreads them.
 */
@NullMarked
package org.oncograph.migration;

import org.jspecify.annotations.NullMarked;
