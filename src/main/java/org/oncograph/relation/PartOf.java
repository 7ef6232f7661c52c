package org.oncograph.relation;

import java.util.List;

import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/** A part and what it belongs to ({@code PART_OF}). */
public record PartOf(Entity part, Entity whole, List<Provenance> sources) {

	public static PartOf of(Link link) {
		return new PartOf(link.start(), link.end(), link.sources());
	}

}
