package org.oncograph.relation;

import java.util.List;

import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/** Where something is: a city or country ({@code LOCATED_IN}). */
public record Location(Entity entity, Entity place, List<Provenance> sources) {

	public static Location of(Link link) {
		return new Location(link.start(), link.end(), link.sources());
	}

}
