package org.oncograph.search;

import org.oncograph.entity.Entity;

/**
 * One search result: the entity, how well it matched, and which of its names matched
 * best.
 */
public record SearchHit(double score, Entity node, String matchedName) {
}
