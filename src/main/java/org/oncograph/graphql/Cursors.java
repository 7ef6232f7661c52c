package org.oncograph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.oncograph.error.OncoGraphException;

import org.springframework.context.annotation.Primary;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Opaque cursors: the base64 of an item's position in its list. Also the application's
 * primary {@link CursorStrategy}: Spring Boot registers its
 * {@code ConnectionFieldTypeVisitor} (which adapts Spring Data's {@code Window} and
 * {@code Slice} to connections) only when the primary strategy supports Spring Data's
 * {@code ScrollPosition}, and we build our {@link Connection}s ourselves. That visitor
 * turned a connection field that failed on a bad argument into an empty connection, which
 * added a second, spurious error ({@code totalCount} null) to the one naming the argument
 * ({@code ListArgumentErrorsTests}).
 */
@Component
@Primary
final class Cursors implements CursorStrategy<Integer> {

	private static final String PREFIX = "offset:";

	@Override
	public boolean supports(Class<?> targetType) {
		return Integer.class.equals(targetType);
	}

	@Override
	public String toCursor(Integer position) {
		return encode(position);
	}

	@Override
	public Integer fromCursor(String cursor) {
		return decode(cursor);
	}

	static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64 or not a number: reported below
		}
		throw new OncoGraphException.BadRequest("after",
				"Argument 'after' must be a cursor returned by this API (an edge's cursor or pageInfo.endCursor), was '"
						+ cursor + "'.");
	}

}
