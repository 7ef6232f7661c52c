package org.oncograph.model;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/** The language of names, phrases and explanations: the GraphQL enum {@code Lang}. */
public enum Lang {

	ru, en;

	/** The language asked for, English when none was. */
	public static Lang orDefault(@Nullable Lang lang) {
		return (lang != null) ? lang : en;
	}

	/**
	 * The Russian or the English text for this language; the Russian one when there is no
	 * English.
	 */
	@Contract("!null, _ -> !null")
	public @Nullable String pick(@Nullable String russian, @Nullable String english) {
		return (this == en && english != null) ? english : russian;
	}

}
