package org.oncograph.view;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.Lang;
import org.oncograph.path.PathArguments;
import org.oncograph.path.PathFinder;
import org.oncograph.path.PathRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code neighborhood}, {@code subgraph} and {@code pathGraph}. */
@Controller
class GraphViewController {

	private final GraphViews views;

	private final PathFinder paths;

	GraphViewController(GraphViews views, PathFinder paths) {
		this.views = views;
		this.paths = paths;
	}

	@QueryMapping
	GraphView neighborhood(@Arguments NeighborhoodArguments arguments) {
		return this.views.neighborhood(arguments);
	}

	@QueryMapping
	GraphView subgraph(@Argument List<String> ids, @Argument @Nullable Lang lang) {
		return this.views.subgraph(ids, lang);
	}

	/**
	 * The paths of {@link PathFinder}, with the arguments, checks and errors of
	 * {@code collaborationPaths}, so that the two always agree; then one statement draws
	 * their entities and relationships with sources.
	 */
	@QueryMapping
	GraphView pathGraph(@Arguments PathArguments arguments) {
		PathRequest request = arguments.request();
		return this.views.paths(request, this.paths.paths(request));
	}

}
