package org.oncograph.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Program;
import org.oncograph.entity.Provenance;

/** Taking part in a program ({@code PARTICIPATES_IN}). */
public record ProgramParticipation(Entity participant, Program program, @Nullable String role,
		@Nullable String roleEn, @Nullable String status, List<Provenance> sources) {

	public static ProgramParticipation of(Link link) {
		return new ProgramParticipation(link.start(), (Program) link.end(), link.string("role"), link.string("roleEn"),
				link.string("status"), link.sources());
	}

}
