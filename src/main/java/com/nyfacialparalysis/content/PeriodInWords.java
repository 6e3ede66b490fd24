package com.nyfacialparalysis.content;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A period as a reader says it, in the page's language: "2 years", "1 year and 6 months",
 * "1 año y 6 meses". The units and the joining word are messages
 * ({@code retention.years}, {@code retention.months}, {@code retention.days},
 * {@code retention.and}), so each language has them in one place.
 */
final class PeriodInWords {

	private PeriodInWords() {
	}

	static String say(Period period, MessageSource messages, Locale locale) {
		Period normalised = period.normalized();
		List<String> parts = new ArrayList<>();
		add(parts, normalised.getYears(), "retention.years", messages, locale);
		add(parts, normalised.getMonths(), "retention.months", messages, locale);
		add(parts, normalised.getDays(), "retention.days", messages, locale);
		if (parts.isEmpty()) {
			parts.add(messages.getMessage("retention.days", new Object[] { 0 }, locale));
		}
		return String.join(messages.getMessage("retention.and", null, locale), parts);
	}

	private static void add(List<String> parts, int amount, String code, MessageSource messages, Locale locale) {
		if (amount > 0) {
			parts.add(messages.getMessage(code, new Object[] { amount }, locale));
		}
	}

}
