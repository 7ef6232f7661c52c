/**
 * Relationships as the API sees them: one record per kind of relationship with both ends, its properties and
 * its provenance, and one batch loader that reads a relationship for many nodes in one Cypher statement.
 */
@NullMarked
package org.oncograph.relation;

import org.jspecify.annotations.NullMarked;
