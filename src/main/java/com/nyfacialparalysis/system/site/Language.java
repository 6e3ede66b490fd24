package com.nyfacialparalysis.system.site;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The languages the public pages are written in. English is the site's first language;
 * every public page has a Spanish twin under {@code /es}.
 */
public enum Language {

	ENGLISH("en", LanguageFromAddress.ENGLISH), SPANISH("es", LanguageFromAddress.SPANISH);

	private final String tag;

	private final Locale locale;

	Language(String tag, Locale locale) {
		this.tag = tag;
		this.locale = locale;
	}

	/** The language's code, as {@code lang} and {@code hreflang} write it. */
	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The other language of the two. */
	public Language other() {
		return (this == ENGLISH) ? SPANISH : ENGLISH;
	}

	/** The language of this locale: Spanish for any Spanish, otherwise English. */
	public static Language of(Locale locale) {
		return (locale != null && "es".equals(locale.getLanguage())) ? SPANISH : ENGLISH;
	}

	/** The language of the page being answered, as its address gives it. */
	public static Language current() {
		return of(LocaleContextHolder.getLocale());
	}

	/**
	 * The language stored under this code ({@code en}, {@code es}), English if unknown.
	 */
	public static Language ofTag(String tag) {
		return SPANISH.tag.equals(tag) ? SPANISH : ENGLISH;
	}

}
