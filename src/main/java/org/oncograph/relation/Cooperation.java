package org.oncograph.relation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/** Cooperation stated by a party with a partner ({@code COOPERATES_WITH}). */
public record Cooperation(Entity party, Entity partner, String status, @Nullable String subject,
		@Nullable String subjectEn, @Nullable LocalDate since, List<Provenance> sources) {

	public static Cooperation of(Link link) {
		String status = link.string("status");
		return new Cooperation(link.start(), link.end(), (status != null) ? status : "PROPOSED", link.string("subject"),
				link.string("subjectEn"), link.date("since"), link.sources());
	}

}
