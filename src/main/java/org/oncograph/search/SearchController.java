package org.oncograph.search;

import java.util.List;

import org.oncograph.graphql.Paging;

import org.springframework.graphql.data.method.annotation.Arguments;
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
	List<SearchHit> search(@Arguments SearchArguments arguments) {
		return this.search.search(arguments.checkedText(), arguments.types(),
				this.paging.size("first", arguments.first()));
	}

}
