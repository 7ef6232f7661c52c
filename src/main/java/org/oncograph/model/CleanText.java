package org.oncograph.model;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import org.jspecify.annotations.Nullable;

/**
 * What text the graph accepts from a client (a curator's input, a token's subject): NFC,
 * and none of the characters a reader cannot see or that change how the text around them
 * is shown or parsed — C0 and C1 controls (tab and line breaks included: every text is
 * one line), bidirectional controls (overrides, embeddings, isolates, marks), zero-width
 * and every other default-ignorable character, line and paragraph separators,
 * noncharacters and unpaired surrogates. Shared by curation and security so an audit
 * trail and the facts it names obey one rule; the classes come from ICU's Unicode
 * properties rather than hand-kept ranges, so they follow the Unicode version.
 */
public final class CleanText {

	private CleanText() {
	}

	/**
	 * The first character a text may not hold.
	 *
	 * @param codePoint the character
	 * @param position its place in the text, counting characters (code points) from 1
	 * @param kind what sort of character it is, in words
	 */
	public record Flaw(int codePoint, int position, String kind) {

		/**
		 * A sentence naming the field, the character and its position:
		 * {@code name has U+200B ZERO WIDTH SPACE (an invisible character) at position 6;
		 * remove it.}
		 */
		public String describe(String field) {
			return field + " has " + CleanText.nameOf(this.codePoint) + " (" + this.kind + ") at position "
					+ this.position + "; remove it.";
		}

	}

	/** The text in Unicode normalization form C, how every text is stored. */
	public static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The first character of the text that is not allowed, or null when there is none.
	 */
	public static @Nullable Flaw flaw(String text) {
		int position = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			position++;
			String kind = kind(codePoint);
			if (kind != null) {
				return new Flaw(codePoint, position, kind);
			}
			i += Character.charCount(codePoint);
		}
		return null;
	}

	/**
	 * Whether the text has a letter or a digit (of any script): a name made only of
	 * punctuation, symbols, marks or spaces names nothing a reader could tell apart.
	 */
	public static boolean hasLetterOrDigit(String text) {
		return text.codePoints().anyMatch(UCharacter::isLetterOrDigit);
	}

	/** {@code U+200B ZERO WIDTH SPACE}: the code point and its Unicode name. */
	public static String nameOf(int codePoint) {
		String name = UCharacter.getExtendedName(codePoint);
		return "U+%04X".formatted(codePoint) + ((name != null) ? " " + name : "");
	}

	private static @Nullable String kind(int codePoint) {
		if (Character.isSurrogate((char) codePoint) && codePoint <= Character.MAX_VALUE) {
			return "an unpaired surrogate";
		}
		int type = UCharacter.getType(codePoint);
		if (type == UCharacterCategory.CONTROL) {
			return "a control character";
		}
		if (UCharacter.hasBinaryProperty(codePoint, UProperty.BIDI_CONTROL)) {
			return "a bidirectional control";
		}
		if (UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
			return "an invisible character";
		}
		if (type == UCharacterCategory.LINE_SEPARATOR || type == UCharacterCategory.PARAGRAPH_SEPARATOR) {
			return "a line or paragraph separator";
		}
		if (UCharacter.hasBinaryProperty(codePoint, UProperty.NONCHARACTER_CODE_POINT)) {
			return "a noncharacter";
		}
		return null;
	}

}
