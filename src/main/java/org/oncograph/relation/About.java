package org.oncograph.relation;

import java.util.List;

import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.entity.Topic;

/** What an event or program is about ({@code ABOUT}). */
public record About(Entity subject, Topic topic, List<Provenance> sources) {

	public static About of(Link link) {
		return new About(link.start(), (Topic) link.end(), link.sources());
	}

}
