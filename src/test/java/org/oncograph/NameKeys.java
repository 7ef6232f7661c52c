package org.oncograph;

import org.neo4j.driver.Driver;
import org.oncograph.model.NameKey;

/** What the tests check of the entities' folded name keys. */
public final class NameKeys {

	private NameKeys() {
	}

	/**
	 * How many entities have no name key or not that of their names now: a write that
	 * changed names without setting the key shows here.
	 */
	public static long outOfStep(Driver driver) {
		return driver
			.executableQuery("MATCH (n:Entity) WHERE n.%s IS NULL OR n.%s <> %s RETURN count(n) AS wrong"
				.formatted(NameKey.PROPERTY, NameKey.PROPERTY, NameKey.of("n")))
			.execute()
			.records()
			.getFirst()
			.get("wrong")
			.asLong();
	}

}
