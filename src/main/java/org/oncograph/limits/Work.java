package org.oncograph.limits;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of expensive work, each behind its own bulkhead, so that none of them can
 * hold every thread and the database while the cheap reads (lookups, lists, search) never
 * wait for a permit.
 */
enum Work {

	/** {@code collaborationPaths}, {@code pathGraph}, {@code connection}. */
	PATHS,

	/** {@code neighborhood} of depth 2 or 3 (depth 1 is a lookup of neighbours). */
	NEIGHBORHOODS,

	/** {@code brokers}, {@code communities}, {@code components}. */
	ANALYTICS,

	/** {@code subgraph}. */
	SUBGRAPHS,

	/** Everything under {@code /export/}. */
	EXPORTS;

	/**
	 * The work a top-level field of a query asks for, given its arguments; null for cheap
	 * fields.
	 */
	static @Nullable Work of(String field, Map<String, Object> arguments) {
		return switch (field) {
			case "collaborationPaths", "pathGraph", "connection" -> PATHS;
			case "neighborhood" ->
				(arguments.get("depth") instanceof Integer depth && depth >= 2) ? NEIGHBORHOODS : null;
			case "brokers", "communities", "components" -> ANALYTICS;
			case "subgraph" -> SUBGRAPHS;
			default -> null;
		};
	}

	<T> T of(T paths, T neighborhoods, T analytics, T subgraphs, T exports) {
		return switch (this) {
			case PATHS -> paths;
			case NEIGHBORHOODS -> neighborhoods;
			case ANALYTICS -> analytics;
			case SUBGRAPHS -> subgraphs;
			case EXPORTS -> exports;
		};
	}

	/** Its settings' name under {@code oncograph.admission}. */
	String setting() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Its settings' environment variables, without {@code _PERMITS} or {@code _QUEUE}.
	 */
	String env() {
		return "ONCOGRAPH_BULKHEAD_" + name();
	}

}
