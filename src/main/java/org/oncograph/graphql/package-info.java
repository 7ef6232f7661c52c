/**
 * Cross-cutting GraphQL wiring: the extended scalars, Relay paging (cursors, page size
 * limit, connections) and the GraphiQL page with its example queries.
 */
@NullMarked
package org.oncograph.graphql;

import org.jspecify.annotations.NullMarked;
