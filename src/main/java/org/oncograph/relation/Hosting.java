package org.oncograph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Event;
import org.oncograph.entity.Provenance;

/** Who organised, led or hosted an event ({@code HOSTED_BY}). */
public record Hosting(Event event, Entity host, @Nullable String role, @Nullable String roleEn,
		List<Provenance> sources) {

	public static Hosting of(Link link) {
		return new Hosting((Event) link.start(), link.end(), link.string("role"), link.string("roleEn"),
				link.sources());
	}

}
