package org.oncograph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Institution;
import org.oncograph.entity.Person;
import org.oncograph.entity.Provenance;

/** A position a person holds at an institution ({@code AFFILIATED_WITH}). */
public record Affiliation(Person person, Institution institution, @Nullable String role, @Nullable String roleEn,
		List<Provenance> sources) {

	public static Affiliation of(Link link) {
		return new Affiliation((Person) link.start(), (Institution) link.end(), link.string("role"),
				link.string("roleEn"), link.sources());
	}

}
