package org.oncograph.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.search.Search.ENGLISH;
import static org.oncograph.search.Search.RUSSIAN;

/**
 * Cyrillic text skips the index of the English names; any other letter, or none, searches
 * both.
 */
@Tag("rules")
class SearchIndexesTests {

	@Test
	void cyrillicTextIsSearchedInTheRussianIndexOnly() {
		assertThat(Search.indexes("Каприна")).containsExactly(RUSSIAN);
		assertThat(Search.indexes("Андрей Каприн")).containsExactly(RUSSIAN);
		assertThat(Search.indexes("больница № 2, Минск")).containsExactly(RUSSIAN);
		assertThat(Search.indexes("Ёлкин")).containsExactly(RUSSIAN);
	}

	@Test
	void anyOtherLetterOrNoLetterSearchesBoth() {
		assertThat(Search.indexes("Kaprin")).containsExactly(RUSSIAN, ENGLISH);
		assertThat(Search.indexes("Kaprin Андрей")).containsExactly(RUSSIAN, ENGLISH);
		assertThat(Search.indexes("МРТ 3T")).containsExactly(RUSSIAN, ENGLISH);
		assertThat(Search.indexes("北京")).containsExactly(RUSSIAN, ENGLISH);
		assertThat(Search.indexes("2024")).containsExactly(RUSSIAN, ENGLISH);
		assertThat(Search.indexes("")).containsExactly(RUSSIAN, ENGLISH);
	}

}
