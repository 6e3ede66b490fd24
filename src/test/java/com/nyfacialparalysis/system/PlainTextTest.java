package com.nyfacialparalysis.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

	@Test
	void acceptsWhatPeopleType() {
		assertThat(PlainText.Validator.isPlain("José Núñez-O'Brien\t(née Smith) 😀 李", false)).isTrue();
		assertThat(PlainText.Validator.isPlain("First line\r\nSecond line", true)).isTrue();
	}

	@Test
	void refusesNulEscapeAndOtherControlCharacters() {
		assertThat(PlainText.Validator.isPlain("a\u0000b", false)).isFalse();
		assertThat(PlainText.Validator.isPlain("a\u0000b", true)).isFalse();
		assertThat(PlainText.Validator.isPlain("\u001b[31mred", true)).isFalse();
		assertThat(PlainText.Validator.isPlain("a\u007fb", true)).isFalse();
		assertThat(PlainText.Validator.isPlain("a\u0085b", true)).isFalse();
	}

	@Test
	void refusesLineBreaksInOneLineText() {
		assertThat(PlainText.Validator.isPlain("Ann\nSmith", false)).isFalse();
		assertThat(PlainText.Validator.isPlain("Ann\u2028Smith", true)).isFalse();
	}

	@Test
	void refusesTextThatReadsBackwardsOrBrokenCharacters() {
		assertThat(PlainText.Validator.isPlain("invoice\u202Efdp.exe", false)).isFalse();
		assertThat(PlainText.Validator.isPlain("a\uD800b", false)).isFalse();
	}

}
