package org.oncograph.analytics;

import java.util.List;

import org.oncograph.entity.Entity;

/**
 * A connected component: entities each reachable from the others over the projection's
 * relationships.
 *
 * @param id the component's number, largest first
 * @param size how many entities it has (of every kind)
 * @param members its entities (of the kinds asked for), by id
 */
public record Component(int id, int size, List<Entity> members) {
}
