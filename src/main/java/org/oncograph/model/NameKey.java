package org.oncograph.model;

/**
 * The folded name key every entity carries ({@code nameKey}): its name, English name and
 * aliases in both languages, each lower-cased by Cypher's {@code toLower}, each preceded
 * and the last followed by a line break ({@code "\ncancer centre\nоц томск\n"}). TEXT
 * indexes on it, one per kind and one on {@code :Entity}
 * ({@code cypher/V0010__Name_key.cypher}), serve the lists' {@code nameContains} (the key
 * contains the folded fragment) and {@code nameStartsWith} (it contains a line break
 * followed by the folded fragment), so that a name filter reads the entities whose names
 * match instead of testing every entity. Names are one line each (curation refuses line
 * breaks, {@code CleanText}), so the key matches exactly the entities one of whose names
 * matches, for any fragment without a line break.
 * <p>
 * Every statement that writes an entity's names sets the key in the same statement with
 * {@link #of}: the scripts after V0010, curation, the synthetic generator and the dump
 * import. The key is derived data: views and dumps leave it out ({@link #PROPERTY}).
 */
public final class NameKey {

	/** The property that holds the key. */
	public static final String PROPERTY = "nameKey";

	private NameKey() {
	}

	/**
	 * The Cypher expression of the key of the entity bound to {@code variable} (a fixed
	 * identifier of the statement, never user input), from the names it has now.
	 */
	public static String of(String variable) {
		if (!variable.matches("[a-z]+")) {
			throw new IllegalArgumentException("Not a Cypher variable of ours: " + variable);
		}
		return ("reduce(k = '\\n', s IN [x IN [v.name, v.nameEn] + coalesce(v.aliases, []) + coalesce(v.aliasesEn, [])"
				+ " WHERE x IS NOT NULL] | k + toLower(s) + '\\n')")
			.replace("v.", variable + ".");
	}

}
