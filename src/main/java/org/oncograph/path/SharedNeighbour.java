package org.oncograph.path;

import java.util.List;

import org.oncograph.entity.Entity;

/**
 * An entity directly related to both entities of a {@link ConnectionSummary}: a common
 * event, institution, program… {@code viaA} and {@code viaB} are the relationship types
 * that link it to each of them.
 */
public record SharedNeighbour(Entity entity, List<String> viaA, List<String> viaB) {

	/** Every relationship type linking the neighbour to either entity, once each. */
	public List<String> via() {
		return java.util.stream.Stream.concat(this.viaA.stream(), this.viaB.stream()).distinct().sorted().toList();
	}

}
