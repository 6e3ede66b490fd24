package com.nyfacialparalysis.requests;

import java.util.List;

import com.nyfacialparalysis.system.site.Language;

/**
 * The language a person asks to be called back in: English, Spanish, the other languages
 * most spoken at home in New York City, or another one they write in. Each (but the last)
 * carries its own name in its own script with the {@code lang} tag a screen reader needs
 * to say it right, and {@code dir="rtl"} where the script runs right to left. These names
 * are the same on every page and are never translated; what the page's reader calls the
 * language ("Mandarin", "mandarín") comes from the message files.
 */
public enum CallLanguage {

	ENGLISH("English", new OwnName("en", "English")),

	SPANISH("Spanish", new OwnName("es", "Español")),

	/** Written in both scripts: simplified (mainland China) and traditional (Taiwan). */
	MANDARIN("Mandarin", new OwnName("zh-Hans", "普通话"), new OwnName("zh-Hant", "普通話")),

	/**
	 * {@code zh-HK} rather than {@code yue}: screen readers and speech engines choose
	 * their Cantonese voice for Hong Kong Chinese, and few know {@code yue}.
	 */
	CANTONESE("Cantonese", new OwnName("zh-HK", "廣東話")),

	RUSSIAN("Russian", new OwnName("ru", "Русский")),

	BENGALI("Bengali", new OwnName("bn", "বাংলা")),

	HAITIAN_CREOLE("Haitian Creole", new OwnName("ht", "Kreyòl ayisyen")),

	KOREAN("Korean", new OwnName("ko", "한국어")),

	YIDDISH("Yiddish", new OwnName("yi", "ייִדיש")),

	ARABIC("Arabic", new OwnName("ar", "العربية")),

	URDU("Urdu", new OwnName("ur", "اردو")),

	FRENCH("French", new OwnName("fr", "Français")),

	POLISH("Polish", new OwnName("pl", "Polski")),

	/** Another language, which the person writes in a short text box. */
	OTHER("Another language");

	/** The most characters the name of another language may have. */
	public static final int OTHER_MAX = 40;

	private static final List<String> RIGHT_TO_LEFT = List.of("ar", "ur", "yi", "he", "fa");

	private final String englishName;

	private final List<OwnName> ownNames;

	CallLanguage(String englishName, OwnName... ownNames) {
		this.englishName = englishName;
		this.ownNames = List.of(ownNames);
	}

	/**
	 * Its name in English, for the desk's CSV and its email (the desk reads English); the
	 * form's pages name it from their message files.
	 */
	public String englishName() {
		return this.englishName;
	}

	/**
	 * A language's name in itself.
	 *
	 * @param tag its BCP 47 tag, for the {@code lang} attribute
	 * @param name its name in its own script
	 */
	public record OwnName(String tag, String name) {

		/** {@code rtl} for a script written right to left, otherwise null. */
		public String dir() {
			return RIGHT_TO_LEFT.contains(this.tag) ? "rtl" : null;
		}

	}

	/** Its name in itself (two for Mandarin, one script each); none for another one. */
	public List<OwnName> ownNames() {
		return this.ownNames;
	}

	/** The language a page's form asks in when the person chooses none: its own. */
	public static CallLanguage of(Language language) {
		return (language == Language.SPANISH) ? SPANISH : ENGLISH;
	}

	/**
	 * Whether the desk needs to be told: anything but English, or an interpreter asked
	 * for.
	 */
	public boolean isWorthATag(boolean interpreter) {
		return this != ENGLISH || interpreter;
	}

}
