package org.oncograph.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How closely a text names an entity, compared as the full-text index compares them: both
 * are cut into words and stemmed by Lucene's Russian analyzer (the index's, so that any
 * case form of a Russian word meets its name), and two words agree when equal or, from
 * four letters on, one edit apart (a typo, a swapped pair, a Latin spelling such as
 * Moiseenko and Moiseyenko). Written as a reader sees it ({@link #normalized}): NFKC,
 * lower case, ё as е, modifier letters and apostrophes dropped, punctuation as spaces.
 */
final class NameMatch {

	/** Thread-safe: each call takes its own token stream. */
	private static final Analyzer RUSSIAN = new RussianAnalyzer();

	private static final int TYPO_MIN_LENGTH = 4;

	private NameMatch() {
	}

	/**
	 * The text as compared for an exact name: what a reader sees, without punctuation.
	 */
	static String normalized(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
		StringBuilder out = new StringBuilder(nfkc.length());
		boolean space = true;
		for (int i = 0; i < nfkc.length(); i = nfkc.offsetByCodePoints(i, 1)) {
			int c = nfkc.codePointAt(i);
			int category = Character.getType(c);
			if (category == Character.MODIFIER_LETTER || c == '\'' || c == '’' || category == Character.NON_SPACING_MARK
					|| category == Character.FORMAT) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				out.appendCodePoint(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().strip();
	}

	/** The stemmed words of a text, in order, without Russian stop words. */
	static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = RUSSIAN.tokenStream("name", normalized(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// A string reader does not fail.
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * From 0 to 1: the mean of the share of the query's words found in the name and the
	 * share of the name's words found in the query; 1 when they agree word for word.
	 */
	static double similarity(List<String> query, List<String> name) {
		if (query.isEmpty() || name.isEmpty()) {
			return 0;
		}
		return (covered(query, name) + covered(name, query)) / 2;
	}

	private static double covered(List<String> words, List<String> by) {
		long found = words.stream().filter(word -> by.stream().anyMatch(other -> agree(word, other))).count();
		return (double) found / words.size();
	}

	/** Equal, or from four letters on one edit apart (a transposition is one edit). */
	static boolean agree(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		return Math.min(a.length(), b.length()) >= TYPO_MIN_LENGTH && Math.abs(a.length() - b.length()) <= 1
				&& distance(a, b) <= 1;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
