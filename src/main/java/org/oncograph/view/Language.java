package org.oncograph.view;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.path.Lang;

/** The language of a view's labels: Russian ({@code name}, {@code role}) or English ({@code nameEn}, {@code roleEn}). */
enum Language {

	RU, EN;

	private static final Map<String, String[]> RELATIONS = Map.of(
			"AFFILIATED_WITH", new String[] { "работает в", "affiliated with" },
			"MEMBER_OF", new String[] { "член", "member of" },
			"PART_OF", new String[] { "входит в", "part of" },
			"LOCATED_IN", new String[] { "находится в", "located in" },
			"PARTICIPATED_IN", new String[] { "участвовал(а)", "participated in" },
			"HOSTED_BY", new String[] { "организатор", "hosted by" },
			"TOOK_PLACE_AT", new String[] { "место проведения", "took place at" },
			"ABOUT", new String[] { "тема", "about" },
			"PARTICIPATES_IN", new String[] { "участвует в", "participates in" },
			"COOPERATES_WITH", new String[] { "сотрудничает с", "cooperates with" });

	static Language of(@Nullable Lang lang) {
		return (lang == Lang.ru) ? RU : EN;
	}

	/** The Russian or the English text, the Russian one when there is no English. */
	@Nullable String pick(@Nullable String russian, @Nullable String english) {
		return (this == EN && english != null) ? english : russian;
	}

	/** A short phrase for a relationship type, e.g. {@code affiliated with}. */
	String relation(String type) {
		String[] phrases = RELATIONS.get(type);
		return (phrases != null) ? phrases[ordinal()] : type.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
