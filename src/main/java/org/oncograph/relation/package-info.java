/**
 * Relationships as the API sees them: one record per kind of relationship with both ends,
 * its properties and its provenance; {@link org.oncograph.relation.RelationFields}, what
 * each relationship field of the schema reads; the batch loader that reads a field for
 * many nodes in one Cypher statement, and the lookup that reads an entity with its
 * selected fields in one.
 */
@NullMarked
package org.oncograph.relation;

import org.jspecify.annotations.NullMarked;
