package org.oncograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a Lucene query that searches it literally: every Lucene
 * special character is escaped, words are lower-cased (so AND/OR/NOT are words, not
 * operators), and each word also matches as a prefix and, from four letters on, with one
 * typo ({@code ~1}).
 */
final class LuceneQuery {

	/** Characters with a meaning in Lucene's query syntax. */
	private static final Pattern SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int FUZZY_MIN_LENGTH = 4;

	private static final int PREFIX_MIN_LENGTH = 2;

	private LuceneQuery() {
	}

	/**
	 * The query, or an empty string when the text has no letter or digit (nothing could
	 * match).
	 */
	static String of(String text) {
		List<String> clauses = new ArrayList<>();
		for (String token : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
			if (token.isEmpty() || !WORD.matcher(token).find()) {
				continue;
			}
			// The token as typed: the index's analyzer stems and splits it like the
			// indexed names.
			clauses.add(escape(token) + "^2");
			var words = WORD.matcher(token);
			while (words.find()) {
				String word = words.group();
				if (word.length() >= PREFIX_MIN_LENGTH) {
					clauses.add(word + "*");
				}
				if (word.length() >= FUZZY_MIN_LENGTH) {
					clauses.add(word + "~1");
				}
			}
		}
		return String.join(" ", clauses);
	}

	static String escape(String token) {
		return SPECIAL.matcher(token).replaceAll("\\\\$0");
	}

	/** The words of a text, lower-cased, for telling which name matched. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
