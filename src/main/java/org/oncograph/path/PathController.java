package org.oncograph.path;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;

import org.springframework.graphql.data.method.annotation.Argument;
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
	List<CollaborationPath> collaborationPaths(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer k, @Argument @Nullable Boolean allShortest,
			@Argument @Nullable List<RelationKind> relations, @Argument @Nullable Boolean includeGeography,
			@Argument @Nullable List<String> excludeIds, @Argument @Nullable LocalDate dateFrom,
			@Argument @Nullable LocalDate dateTo, @Argument @Nullable Lang lang) {
		return this.paths.paths(PathRequest.of(from, to, maxHops, k, allShortest, relations, includeGeography, excludeIds,
				dateFrom, dateTo, lang));
	}

	@QueryMapping
	ConnectionSummary connection(@Argument String a, @Argument String b, @Argument @Nullable List<RelationKind> relations,
			@Argument boolean includeGeography) {
		return this.paths.connection(a, b, RelationKind.types(relations, includeGeography));
	}

}
