package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The arguments of a path search as a client gives them: bound with {@code @Arguments}
 * from {@code collaborationPaths} and {@code pathGraph}, and from the query parameters of
 * {@code /export/path.*} (same names). {@link #request()} holds every check and gives the
 * {@link PathRequest} the search runs; a left-out value takes the schema's default.
 *
 * @param from the id the paths start at (required)
 * @param to the id the paths end at (required)
 * @param maxHops the most relationships a path may have, 1 to {@value #MAX_HOPS};
 * {@value #DEFAULT_MAX_HOPS} when left out
 * @param k how many paths, shortest first, 1 to {@value #MAX_K}; 1 when left out
 * @param allShortest every path of the shortest length instead of k paths
 * @param relations the relation kinds to follow; the cooperation kinds when left out,
 * never empty
 * @param includeGeography also follow {@code LOCATED_IN}
 * @param excludeIds entities no path may pass through, neither end among them
 * @param dateFrom events dated before it are not passed through
 * @param dateTo events dated after it, and cooperations begun after it, are not passed
 * through; not before dateFrom
 * @param lang the language of the explanations, English when left out
 */
public record PathArguments(@Nullable String from, @Nullable String to, @Nullable Integer maxHops, @Nullable Integer k,
		@Nullable Boolean allShortest, @Nullable List<RelationKind> relations, @Nullable Boolean includeGeography,
		@Nullable List<String> excludeIds, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateTo, @Nullable Lang lang) {

	/**
	 * The longest path anyone may ask for; {@code oncograph.path.max-hops} may lower it.
	 */
	public static final int MAX_HOPS = 8;

	public static final int MAX_K = 10;

	public static final int DEFAULT_MAX_HOPS = 6;

	/**
	 * The checked request: a {@link OncoGraphException.BadRequest} naming the first
	 * argument that cannot be answered and what is allowed, else the request with every
	 * default filled in.
	 */
	public PathRequest request() {
		String start = required(this.from, "from", "the id the paths start at");
		String end = required(this.to, "to", "the id the paths end at");
		requireDistinct(start, end, "from", "to");
		int hops = (this.maxHops != null) ? this.maxHops : DEFAULT_MAX_HOPS;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new OncoGraphException.BadRequest("maxHops",
					"maxHops must be between 1 and " + MAX_HOPS + ", was " + hops + ".");
		}
		int paths = (this.k != null) ? this.k : 1;
		if (paths < 1 || paths > MAX_K) {
			throw new OncoGraphException.BadRequest("k", "k must be between 1 and " + MAX_K + ", was " + paths + ".");
		}
		if (this.relations != null && this.relations.isEmpty()) {
			throw new OncoGraphException.BadRequest("relations",
					"relations must name at least one relation kind, or be left out for the cooperation kinds.");
		}
		List<String> excluded = (this.excludeIds != null) ? List.copyOf(this.excludeIds) : List.of();
		if (excluded.contains(start) || excluded.contains(end)) {
			throw new OncoGraphException.BadRequest("excludeIds",
					"excludeIds must not contain the start or end of the path ('"
							+ (excluded.contains(start) ? start : end) + "').");
		}
		if (this.dateFrom != null && this.dateTo != null && this.dateFrom.isAfter(this.dateTo)) {
			throw new OncoGraphException.BadRequest("dateFrom",
					"dateFrom (" + this.dateFrom + ") must not be after dateTo (" + this.dateTo + ").");
		}
		return new PathRequest(start, end, hops, paths, Boolean.TRUE.equals(this.allShortest),
				RelationKind.types(this.relations, Boolean.TRUE.equals(this.includeGeography)), excluded, this.dateFrom,
				this.dateTo, Lang.orDefault(this.lang));
	}

	/**
	 * A required id: GraphQL's schema makes it so; over HTTP a left-out parameter is a
	 * BAD_REQUEST naming it.
	 */
	static String required(@Nullable String id, String argument, String what) {
		if (id == null) {
			throw new OncoGraphException.BadRequest(argument, argument + " is required: " + what + ".");
		}
		return id;
	}

	/**
	 * Two ids that must name different entities ({@code connection}'s {@code a} and
	 * {@code b} too).
	 */
	static void requireDistinct(String a, String b, String nameA, String nameB) {
		if (a.equals(b)) {
			throw new OncoGraphException.BadRequest(nameB,
					nameA + " and " + nameB + " are the same entity ('" + a + "'): ask for two different ids.");
		}
	}

}
