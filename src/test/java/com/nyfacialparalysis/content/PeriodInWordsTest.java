package com.nyfacialparalysis.content;

import java.time.Period;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy notice's retention period, as a reader of each language reads it. */
class PeriodInWordsTest {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void anEnglishReaderReadsYearsMonthsAndDays() {
		assertThat(say(Period.ofYears(2), Locale.ENGLISH)).isEqualTo("2 years");
		assertThat(say(Period.ofYears(1), Locale.ENGLISH)).isEqualTo("1 year");
		assertThat(say(Period.ofMonths(18), Locale.ENGLISH)).isEqualTo("1 year and 6 months");
		assertThat(say(Period.of(0, 1, 1), Locale.ENGLISH)).isEqualTo("1 month and 1 day");
		assertThat(say(Period.ZERO, Locale.ENGLISH)).isEqualTo("0 days");
	}

	@Test
	void aSpanishReaderReadsThemInSpanish() {
		Locale spanish = Locale.forLanguageTag("es");
		assertThat(say(Period.ofYears(2), spanish)).isEqualTo("2 años");
		assertThat(say(Period.ofMonths(18), spanish)).isEqualTo("1 año y 6 meses");
		assertThat(say(Period.ofDays(1), spanish)).isEqualTo("1 día");
	}

	private String say(Period period, Locale locale) {
		return PeriodInWords.say(period, this.messages, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
