package com.nyfacialparalysis.system.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Whether a browser asks for Spanish before any other language ({@code Accept-Language}).
 * It never chooses a page's language (the address does, {@link LanguageFromAddress}); it
 * only decides whether the English home page shows a small notice pointing to the Spanish
 * one. The rendered-page cache keeps the English home page apart for such readers.
 */
public final class SpanishPreference {

	private SpanishPreference() {
	}

	public static boolean of(HttpServletRequest request) {
		return of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	static boolean of(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
			return false;
		}
		List<Locale.LanguageRange> ranges;
		try {
			// Sorted by weight, highest first; equal weights keep the order written.
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (ranges.isEmpty()) {
			return false;
		}
		Locale.LanguageRange first = ranges.get(0);
		String range = first.getRange();
		return first.getWeight() > 0 && (range.equals("es") || range.startsWith("es-"));
	}

}
