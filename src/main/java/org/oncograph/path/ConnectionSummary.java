package org.oncograph.path;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How close two entities are over the collaboration relationships: the length of a
 * shortest path (null when none within {@link PathArguments#MAX_HOPS} steps), how many
 * distinct shortest paths there are, and the neighbours they share.
 */
public record ConnectionSummary(@Nullable Integer distance, int shortestPathCount,
		List<SharedNeighbour> sharedNeighbours) {
}
