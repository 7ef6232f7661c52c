package org.oncograph.graphql;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns {@code first}/{@code after} arguments into a {@link PageRequest}, within the
 * maximum page size.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
public class Paging {

	private final int maxPageSize;

	Paging(ApiProperties properties) {
		this.maxPageSize = properties.maxPageSize();
	}

	public PageRequest request(int first, @Nullable String after, DataFetchingFieldSelectionSet selection) {
		int size = size("first", first);
		int offset = (after == null) ? 0 : Cursors.decode(after) + 1;
		return new PageRequest(offset, size, selection.contains("totalCount"));
	}

	/** Checks a size argument against the maximum page size. */
	public int size(String argument, int value) {
		if (value < 1 || value > this.maxPageSize) {
			throw new OncoGraphException.BadRequest(argument,
					"Argument '" + argument + "' must be between 1 and " + this.maxPageSize + ", was " + value + ".");
		}
		return value;
	}

}
