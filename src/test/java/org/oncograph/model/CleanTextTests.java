package org.oncograph.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters a client's text may not hold, and which names name something. */
@Tag("rules")
class CleanTextTests {

	@ParameterizedTest(name = "U+{0}: {1}")
	@CsvSource({ "0000, a control character", "0009, a control character", "000A, a control character",
			"001B, a control character", "007F, a control character", "0085, a control character",
			"009F, a control character", "202E, a bidirectional control", "202A, a bidirectional control",
			"2066, a bidirectional control", "2069, a bidirectional control", "200E, a bidirectional control",
			"061C, a bidirectional control", "200B, an invisible character", "200D, an invisible character",
			"2060, an invisible character", "FEFF, an invisible character", "00AD, an invisible character",
			"FE0F, an invisible character", "3164, an invisible character", "E0041, an invisible character",
			"2028, a line or paragraph separator", "2029, a line or paragraph separator", "FDD0, a noncharacter",
			"FFFE, a noncharacter", "10FFFF, a noncharacter", "D800, an unpaired surrogate",
			"DFFF, an unpaired surrogate" })
	void refusesControlsBidiInvisiblesSeparatorsNoncharactersAndLoneSurrogates(String hex, String kind) {
		String character = new String(Character.toChars(Integer.parseInt(hex, 16)));
		var flaw = CleanText.flaw("Ив" + character + "ан");
		assertThat(flaw).isNotNull();
		assertThat(flaw.codePoint()).isEqualTo(Integer.parseInt(hex, 16));
		assertThat(flaw.position()).isEqualTo(3);
		assertThat(flaw.kind()).isEqualTo(kind);
		assertThat(flaw.describe("name")).startsWith("name has U+" + hex).endsWith("at position 3; remove it.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Андрей Каприн", "O'Brien-Smith, Jr.", "Ⅳ Международный форум «Онкология» — 2025",
			"北京大学肿瘤医院", "مستشفى السلطان قابوس", "ქართული", "😀 emoji outside the BMP", "e\u0301 combining mark" })
	void acceptsTheTextsOfAnyScript(String text) {
		assertThat(CleanText.flaw(text)).isNull();
	}

	@org.junit.jupiter.api.Test
	void countsPositionsInCharactersNotUtf16Units() {
		var flaw = CleanText.flaw("😀😀\u200B");
		assertThat(flaw).isNotNull();
		assertThat(flaw.position()).isEqualTo(3);
		assertThat(flaw.describe("title"))
			.isEqualTo("title has U+200B ZERO WIDTH SPACE (an invisible character) at position 3; remove it.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "...", "— – -", "\u0301\u0301", "★☆", "   ", "''" })
	void aNameNeedsALetterOrADigit(String name) {
		assertThat(CleanText.hasLetterOrDigit(name)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "7", "Ж", "中", "١" })
	void anyLetterOrDigitNamesSomething(String name) {
		assertThat(CleanText.hasLetterOrDigit(name)).isTrue();
	}

	@org.junit.jupiter.api.Test
	void normalizesToComposedForm() {
		assertThat(CleanText.nfc("e\u0301")).isEqualTo("é");
		assertThat(CleanText.nfc("Й")).isEqualTo("\u0419");
		assertThat(CleanText.nfc("И\u0306")).isEqualTo("\u0419");
	}

}
