/**
 * Where the graph lives: an in-process Neo4j with a Bolt connector by default, or any
 * external Neo4j named by {@code NEO4J_URI}. The app talks to it through Spring Boot's
 * Neo4j driver, but for the hottest reads ({@link org.oncograph.database.CypherReads}),
 * which run in-process on the embedded database.
 */
@NullMarked
package org.oncograph.database;

import org.jspecify.annotations.NullMarked;
