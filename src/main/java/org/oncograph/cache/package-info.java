/**
 * The response cache of GraphQL reads: answers of queries kept, by document, operation,
 * variables, locale and authorization scope, for as long as the graph's version they were
 * computed at is current ({@link org.oncograph.version.GraphVersions}).
 */
@NullMarked
package org.oncograph.cache;

import org.jspecify.annotations.NullMarked;
