package org.oncograph.version;

/**
 * Published by {@link GraphVersions} when this replica learns of a new version of the
 * graph: at once after its own writes commit, within the poll interval after any other
 * writer's. Whatever was read from the graph at an earlier version is stale.
 *
 * @param version the version now current
 */
public record GraphVersionChanged(long version) {
}
