/**
 * The graph's version and its change log, in the database: every write (the scripts of
 * {@code cypher/}, the mutations, an import, the generator) advances the version and
 * records what it changed in its own transaction
 * ({@link org.oncograph.version.ChangeLog}), and each replica follows the version
 * ({@link org.oncograph.version.GraphVersions}) so that whatever it caches is dropped
 * after a write on any replica.
 */
@NullMarked
package org.oncograph.version;

import org.jspecify.annotations.NullMarked;
