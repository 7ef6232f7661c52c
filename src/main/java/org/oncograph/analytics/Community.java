package org.oncograph.analytics;

import java.util.List;

import org.oncograph.entity.Entity;

/**
 * A group of entities more densely related among themselves than with the rest of the
 * network.
 *
 * @param id the community's number, largest community first
 * @param size how many entities it has (of every kind)
 * @param modularity its share of the partition's modularity: internal links minus those
 * expected at random
 * @param members its entities (of the kinds asked for), most connected first
 */
public record Community(int id, int size, double modularity, List<Entity> members) {
}
