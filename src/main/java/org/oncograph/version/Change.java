package org.oncograph.version;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one write changed, as it is recorded in the change log. At most {@link #MAX_IDS}
 * ids are kept; a write that touched more (or a bulk load, which names none) is recorded
 * as not {@code complete}: a reader must then assume that anything may have changed.
 *
 * @param kind the write path
 * @param ids the ids of the entities and sources written (a relationship is recorded by
 * its two ends), without repeats, at most {@link #MAX_IDS}
 * @param complete whether {@code ids} names everything the write changed
 * @param by who wrote: the token's subject or API key's name, or {@code system} for the
 * scripts, imports and the generator
 * @param description a line for people (the script's file, the batch's label)
 */
public record Change(ChangeKind kind, List<String> ids, boolean complete, String by, String description) {

	/** The most ids one change records: the log stays small whatever a write did. */
	public static final int MAX_IDS = 100;

	/** Who the writes made by the app itself (scripts, imports, generator) are by. */
	public static final String SYSTEM = "system";

	public Change {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
		if (distinct.size() > MAX_IDS) {
			distinct = distinct.subList(0, MAX_IDS);
			complete = false;
		}
		ids = distinct;
	}

	/** A write by a mutation, naming every id it changed. */
	public static Change of(ChangeKind kind, List<String> ids, String by) {
		return new Change(kind, ids, true, by, kind.name());
	}

	/** A bulk write by the app (script, import, generator), naming no id. */
	public static Change bulk(ChangeKind kind, String description) {
		return new Change(kind, List.of(), false, SYSTEM, description);
	}

}
