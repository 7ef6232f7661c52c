package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.Lang;

/**
 * A checked request for collaboration paths, as {@link PathArguments#request()} makes it
 * from a client's arguments.
 *
 * @param from the id the paths start at
 * @param to the id the paths end at
 * @param maxHops the most relationships a path may have, 1 to
 * {@value PathArguments#MAX_HOPS}
 * @param k how many paths, shortest first, 1 to {@value PathArguments#MAX_K} (ignored
 * when {@code allShortest})
 * @param allShortest every path of the shortest length instead of k paths
 * @param types the relationship types to follow
 * @param excludeIds entities no path may pass through
 * @param dateFrom events dated before it are not passed through
 * @param dateTo events dated after it, and cooperations begun after it, are not passed
 * through
 * @param lang the language of the explanations
 */
public record PathRequest(String from, String to, int maxHops, int k, boolean allShortest, List<String> types,
		List<String> excludeIds, @Nullable LocalDate dateFrom, @Nullable LocalDate dateTo, Lang lang) {
}
