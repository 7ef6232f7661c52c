package org.oncograph.relation;

import java.util.List;

import org.oncograph.entity.Event;
import org.oncograph.entity.Institution;
import org.oncograph.entity.Provenance;

/** The institution on whose premises an event took place ({@code TOOK_PLACE_AT}). */
public record Venue(Event event, Institution institution, List<Provenance> sources) {

	public static Venue of(Link link) {
		return new Venue((Event) link.start(), (Institution) link.end(), link.sources());
	}

}
