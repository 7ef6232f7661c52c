/**
 * Graph views for frontends: viewer-ready nodes and edges ({@code neighborhood}, {@code subgraph}, {@code pathGraph})
 * and the embeddable Cytoscape.js viewer at {@code /view} with the origins allowed to embed it.
 */
@NullMarked
package org.oncograph.view;

import org.jspecify.annotations.NullMarked;
