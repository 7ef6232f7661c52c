package org.oncograph.path;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.RelationKind;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code collaborationPaths} and {@code connection}. */
@Controller
class PathController {

	private final PathFinder paths;

	PathController(PathFinder paths) {
		this.paths = paths;
	}

	@QueryMapping
	List<CollaborationPath> collaborationPaths(@Arguments PathArguments arguments) {
		return this.paths.paths(arguments.request());
	}

	@QueryMapping
	ConnectionSummary connection(@Argument String a, @Argument String b,
			@Argument @Nullable List<RelationKind> relations, @Argument boolean includeGeography) {
		return this.paths.connection(a, b, RelationKind.types(relations, includeGeography));
	}

}
