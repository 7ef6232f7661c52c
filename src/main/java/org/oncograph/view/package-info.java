/**
 * Graph views for frontends: viewer-ready nodes and edges ({@code neighborhood},
 * {@code subgraph}, {@code pathGraph}) and the embeddable Cytoscape.js viewer at
 * {@code /view} with the origins allowed to embed it. The neighbourhood
 * ({@link org.oncograph.view.GraphViews#neighborhood},
 * {@link org.oncograph.view.NeighborhoodArguments}) is public: the exports draw theirs
 * with it.
 */
@NullMarked
package org.oncograph.view;

import org.jspecify.annotations.NullMarked;
