package org.oncograph.graphql;

/**
 * One page of a list: skip {@code offset} items, return {@code size}, and count all
 * matches only when the client selected {@code totalCount}.
 */
public record PageRequest(int offset, int size, boolean countTotal) {

	/**
	 * How many rows to read: one more than the page, to know whether there is a next
	 * page.
	 */
	public int limit() {
		return this.size + 1;
	}

}
