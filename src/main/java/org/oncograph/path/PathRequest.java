package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;

/**
 * A checked request for collaboration paths. {@link #of} rejects what cannot be answered with a
 * {@link OncoGraphException.BadRequest} naming the argument and what is allowed.
 *
 * @param from the id the paths start at
 * @param to the id the paths end at
 * @param maxHops the most relationships a path may have, 1 to {@value #MAX_HOPS}
 * @param k how many paths, shortest first, 1 to {@value #MAX_K} (ignored when {@code allShortest})
 * @param allShortest every path of the shortest length instead of k paths
 * @param types the relationship types to follow
 * @param excludeIds entities no path may pass through
 * @param dateFrom events dated before it are not passed through
 * @param dateTo events dated after it, and cooperations begun after it, are not passed through
 * @param lang the language of the explanations
 */
public record PathRequest(String from, String to, int maxHops, int k, boolean allShortest, List<String> types,
		List<String> excludeIds, @Nullable LocalDate dateFrom, @Nullable LocalDate dateTo, Lang lang) {

	public static final int MAX_HOPS = 8;

	public static final int MAX_K = 10;

	public static final int DEFAULT_MAX_HOPS = 6;

	public static PathRequest of(String from, String to, @Nullable Integer maxHops, @Nullable Integer k,
			@Nullable Boolean allShortest, @Nullable List<RelationKind> relations, @Nullable Boolean includeGeography,
			@Nullable List<String> excludeIds, @Nullable LocalDate dateFrom, @Nullable LocalDate dateTo,
			@Nullable Lang lang) {
		requireDistinct(from, to, "from", "to");
		int hops = (maxHops != null) ? maxHops : DEFAULT_MAX_HOPS;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new OncoGraphException.BadRequest("maxHops",
					"maxHops must be between 1 and " + MAX_HOPS + ", was " + hops + ".");
		}
		int paths = (k != null) ? k : 1;
		if (paths < 1 || paths > MAX_K) {
			throw new OncoGraphException.BadRequest("k", "k must be between 1 and " + MAX_K + ", was " + paths + ".");
		}
		if (relations != null && relations.isEmpty()) {
			throw new OncoGraphException.BadRequest("relations",
					"relations must name at least one relation kind, or be left out for the cooperation kinds.");
		}
		List<String> excluded = (excludeIds != null) ? List.copyOf(excludeIds) : List.of();
		if (excluded.contains(from) || excluded.contains(to)) {
			throw new OncoGraphException.BadRequest("excludeIds",
					"excludeIds must not contain the start or end of the path ('" + (excluded.contains(from) ? from : to)
							+ "').");
		}
		if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
			throw new OncoGraphException.BadRequest("dateFrom",
					"dateFrom (" + dateFrom + ") must not be after dateTo (" + dateTo + ").");
		}
		return new PathRequest(from, to, hops, paths, Boolean.TRUE.equals(allShortest),
				RelationKind.types(relations, Boolean.TRUE.equals(includeGeography)), excluded, dateFrom, dateTo,
				(lang != null) ? lang : Lang.en);
	}

	/** Two ids that must name different entities. */
	static void requireDistinct(String a, String b, String nameA, String nameB) {
		if (a.equals(b)) {
			throw new OncoGraphException.BadRequest(nameB,
					nameA + " and " + nameB + " are the same entity ('" + a + "'): ask for two different ids.");
		}
	}

}
