package org.oncograph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.oncograph.error.OncoGraphException;

/** Opaque cursors: the base64 of an item's position in its list. */
final class Cursors {

	private static final String PREFIX = "offset:";

	private Cursors() {
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
