package org.oncograph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/** Membership of a person or institution in an institution or association ({@code MEMBER_OF}). */
public record Membership(Entity member, Entity organization, @Nullable String role, @Nullable String roleEn,
		List<Provenance> sources) {

	public static Membership of(Link link) {
		return new Membership(link.start(), link.end(), link.string("role"), link.string("roleEn"), link.sources());
	}

}
