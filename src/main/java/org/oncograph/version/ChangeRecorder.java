package org.oncograph.version;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * Records a change in a write transaction of the driver (a script, an import or generator
 * batch), advancing the graph's version, and returns the new version.
 * {@link ChangeLog#recorder()} gives the app's; {@link ChangeLog#recorder(int)} one with
 * its own retention (outside the app).
 */
@FunctionalInterface
public interface ChangeRecorder {

	long append(SimpleQueryRunner tx, Change change);

}
