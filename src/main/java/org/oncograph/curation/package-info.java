/**
 * Curation: the mutations that add sources, entities and relationships with their
 * provenance and retract wrong facts into a history, each checked completely by pure
 * rules over the model ({@code CurationRules}) before one write transaction
 * ({@code CurationGraph}), with audit fields on every write.
 */
@NullMarked
package org.oncograph.curation;

import org.jspecify.annotations.NullMarked;
