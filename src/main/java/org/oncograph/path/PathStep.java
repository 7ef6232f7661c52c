package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;

/**
 * One relationship of a path, in the path's order: {@code from} is the entity nearer the
 * start. {@code reversed} is true when the stored relationship points from {@code to} to
 * {@code from}.
 */
public record PathStep(Entity from, Entity to, String relation, boolean reversed, @Nullable String role,
		@Nullable String roleEn, @Nullable String status, @Nullable LocalDate date, List<Provenance> sources,
		String explanation) {
}
