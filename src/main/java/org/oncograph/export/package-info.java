/**
 * Exports for researchers over HTTP: the whole collaboration network, a path result or a neighbourhood, as GraphML
 * (opens in Gephi), CSV (nodes and edges, Gephi's column names) or JSON, with the same filters as the GraphQL API.
 */
@NullMarked
package org.oncograph.export;

import org.jspecify.annotations.NullMarked;
