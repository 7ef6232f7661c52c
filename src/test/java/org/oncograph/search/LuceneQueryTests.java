package org.oncograph.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What users type becomes a literal Lucene query with prefix and one-typo variants. */
@Tag("rules")
class LuceneQueryTests {

	@Test
	void escapesEverySpecialCharacterAndDisarmsOperators() {
		assertThat(LuceneQuery.of("a:b~ AND (")).isEqualTo("a\\:b\\~^2 and^2 and*");
		assertThat(LuceneQuery.of("\"(")).isEmpty();
	}

	@Test
	void addsPrefixAndFuzzyTermsByLength() {
		assertThat(LuceneQuery.of("Каприна")).isEqualTo("каприна^2 каприна* каприна~1");
		assertThat(LuceneQuery.of("РАН")).isEqualTo("ран^2 ран*");
	}

}
