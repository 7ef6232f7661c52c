/**
 * Curation: the mutations that add sources, entities and relationships with their provenance and retract wrong
 * facts into a history, each checked completely before one write transaction, with audit fields on every write.
 */
@NullMarked
package org.oncograph.curation;

import org.jspecify.annotations.NullMarked;
