package org.oncograph.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;

/**
 * The arguments of {@code search}, bound with {@code @Arguments}; {@link #checkedText}
 * holds the limits of every search text, for GraphQL and for the reconciliation's suggest
 * alike. Each word of a text becomes up to three Lucene clauses (as typed, as a prefix,
 * with one typo) and Lucene refuses a query of more than 1,024 clauses, so a longer text
 * would fail inside the index instead of being refused up front; a name is seldom more
 * than ten words.
 *
 * @param text the words to look for
 * @param types only entities of these kinds; all kinds when null or empty
 * @param first how many hits, checked against the page size by the caller
 */
public record SearchArguments(String text, @Nullable List<EntityType> types, int first) {

	/** The most characters (code points) a search text may have. */
	public static final int MAX_CHARACTERS = 500;

	/** The most words (runs of letters and digits) a search text may have. */
	public static final int MAX_WORDS = 32;

	/** This search's text, checked as {@link #checkedText(String, String)} says. */
	String checkedText() {
		return checkedText(this.text, "text");
	}

	/**
	 * The text when it has at most {@value #MAX_CHARACTERS} characters and
	 * {@value #MAX_WORDS} words; otherwise a {@link OncoGraphException.BadRequest} naming
	 * the argument, what it has and the limit.
	 */
	public static String checkedText(String text, String argument) {
		int characters = text.codePointCount(0, text.length());
		if (characters > MAX_CHARACTERS) {
			throw new OncoGraphException.BadRequest(argument, argument + " has " + characters
					+ " characters, more than the " + MAX_CHARACTERS + " a search text may have; search for a name.");
		}
		int words = LuceneQuery.words(text).size();
		if (words > MAX_WORDS) {
			throw new OncoGraphException.BadRequest(argument, argument + " has " + words + " words, more than the "
					+ MAX_WORDS + " a search text may have; search for a name or a few words of it.");
		}
		return text;
	}

}
