package org.oncograph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Event;
import org.oncograph.entity.Provenance;

/** Taking part in an event ({@code PARTICIPATED_IN}). */
public record Participation(Entity entity, Event event, @Nullable String role, @Nullable String roleEn,
		List<Provenance> sources) {

	public static Participation of(Link link) {
		return new Participation(link.start(), (Event) link.end(), link.string("role"), link.string("roleEn"),
				link.sources());
	}

}
