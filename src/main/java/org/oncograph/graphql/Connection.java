package org.oncograph.graphql;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection: the page's edges, page info and, when asked for, the total count.
 * (Spring for GraphQL passes values of a class named {@code *Connection} through
 * unchanged.)
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, @Nullable Integer totalCount) {

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/**
	 * The page from rows read with {@link PageRequest#limit()} (one more than the page
	 * when there is a next page).
	 */
	public static <T> Connection<T> of(List<? extends T> rows, PageRequest page, @Nullable Integer totalCount) {
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < Math.min(rows.size(), page.size()); i++) {
			edges.add(new Edge<>(rows.get(i), Cursors.encode(page.offset() + i)));
		}
		var info = new PageInfo(rows.size() > page.size(), page.offset() > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, totalCount);
	}

}
