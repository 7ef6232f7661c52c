package org.oncograph.entity;

import org.jspecify.annotations.Nullable;

/**
 * The arguments of every list field: a filter, an order, and a page (first items after a
 * cursor).
 */
public record ListQuery(@Nullable ListFilter filter, @Nullable SortOrder sort, @Nullable Integer first,
		@Nullable String after) {

	/**
	 * The page size asked for; the schema's default applies when the argument is absent.
	 */
	public int pageSize() {
		return (this.first != null) ? this.first : 20;
	}

	/** This query, with the given order when none was asked for. */
	public ListQuery sortedBy(SortOrder fallback) {
		return (this.sort != null) ? this : new ListQuery(this.filter, fallback, this.first, this.after);
	}

}
