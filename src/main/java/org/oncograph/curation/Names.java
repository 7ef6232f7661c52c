package org.oncograph.curation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/**
 * Names as the scripts treat them: the key two names are duplicates by, the BGN
 * transliteration of Russian names, and ids made of names
 * ({@code person:<surname>-<given-name>}, {@code institution:<english-name>},
 * {@code event:<yyyy>-<english-name>}).
 */
final class Names {

	private static final int MAX_SLUG = 80;

	private Names() {
	}

	/**
	 * The key names are compared by: NFKC, lower case, ё as е, runs of white space as one
	 * space, trimmed.
	 */
	static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * The BGN transliteration of a Russian name (`Гульмира Сагидуллина` → `Gulʹmira
	 * Sagidullina`).
	 */
	static String transliterate(String russian) {
		return Icu.BGN.transliterate(russian.strip().replaceAll("\\s+", " "));
	}

	/** The id a new entity gets, before any suffix that makes it unique. */
	static String id(EntityType type, String name, String nameEn, @Nullable LocalDate date) {
		String slug;
		if (type == EntityType.PERSON) {
			// "Имя Фамилия" → "familiya-imya": the surname first, like every person id of
			// the scripts.
			List<String> words = new ArrayList<>(Arrays.asList(transliterate(name).split(" ")));
			words.addFirst(words.removeLast());
			slug = slug(String.join(" ", words));
		}
		else {
			slug = slug(nameEn);
			if (type == EntityType.EVENT && date != null) {
				slug = date.getYear() + "-" + slug;
			}
		}
		return type.name().toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "unnamed" : slug);
	}

	/**
	 * Lower-case ASCII words joined by hyphens, apostrophes and soft signs dropped, at
	 * most 80 characters.
	 */
	static String slug(String text) {
		String ascii = Icu.ASCII.transliterate(text).toLowerCase(Locale.ROOT).replaceAll("['ʹʺ`’]", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_SLUG) {
			int cut = slug.lastIndexOf('-', MAX_SLUG);
			slug = slug.substring(0, (cut > 0) ? cut : MAX_SLUG);
		}
		return slug;
	}

	/**
	 * ICU's transliterators, loaded on first use: comparing names by their keys needs
	 * neither.
	 */
	private static final class Icu {

		/** What the scripts use for people's English names. */
		static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN");

		/** Any script to plain ASCII letters, for ids. */
		static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	}

}
