/**
 * Exports for researchers over HTTP: the whole collaboration network, a path result or a
 * neighbourhood, as GraphML (opens in Gephi), CSV (nodes and edges, Gephi's column names)
 * or JSON. Each takes the arguments of its GraphQL field, bound onto the same record with
 * the same checks, and a neighbourhood is the {@code neighborhood} view's.
 */
@NullMarked
package org.oncograph.export;

import org.jspecify.annotations.NullMarked;
