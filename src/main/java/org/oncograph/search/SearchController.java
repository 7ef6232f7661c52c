package org.oncograph.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.graphql.Paging;
import org.oncograph.model.EntityType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search}. */
@Controller
class SearchController {

	private final Search search;

	private final Paging paging;

	SearchController(Search search, Paging paging) {
		this.search = search;
		this.paging = paging;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<EntityType> types, @Argument int first) {
		return this.search.search(text, types, this.paging.size("first", first));
	}

}
