package org.oncograph.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The relationship types a collaboration path, an analysis or an export may follow. */
public enum RelationKind {

	AFFILIATED_WITH, MEMBER_OF, PART_OF, PARTICIPATED_IN, PARTICIPATES_IN, COOPERATES_WITH, HOSTED_BY, TOOK_PLACE_AT,
	LOCATED_IN, ABOUT;

	/** Cooperation semantics: affiliation, membership, participation, explicit cooperation, hosting, venues, parts. */
	public static final Set<RelationKind> COOPERATION = EnumSet.of(AFFILIATED_WITH, MEMBER_OF, PARTICIPATED_IN,
			PARTICIPATES_IN, COOPERATES_WITH, HOSTED_BY, TOOK_PLACE_AT, PART_OF);

	/**
	 * The relationship type names to follow: the given kinds (the cooperation kinds when none are given), plus
	 * {@code LOCATED_IN} when geography is asked for. Sorted, so equal selections give equal lists (and cache keys).
	 */
	public static List<String> types(@Nullable Collection<RelationKind> kinds, boolean includeGeography) {
		Set<RelationKind> selected = EnumSet.copyOf((kinds == null || kinds.isEmpty()) ? COOPERATION : kinds);
		if (includeGeography) {
			selected.add(LOCATED_IN);
		}
		List<String> names = new ArrayList<>();
		selected.forEach(kind -> names.add(kind.name()));
		return List.copyOf(names);
	}

}
