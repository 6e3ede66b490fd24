package com.nyfacialparalysis.requests;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the inbox's search box understands, and the keys stored for each request so that
 * an index answers it:
 * <ul>
 * <li>a reference, in any case, with or without its hyphen ({@code k7qp 3mxd});</li>
 * <li>a phone number written any way, whole or its last digits (four or more): the
 * request's phone digits end with them ({@code (917) 555-0177}, {@code +1 917.555.0177},
 * {@code 0177});</li>
 * <li>words: each one starts a word of the name or the email address ({@code garc},
 * {@code maria garcia}, {@code García}, {@code o'brien}, {@code obrien}), or an email
 * address, whole or its start.</li>
 * </ul>
 * Letters are compared without case or accents. Every key is made here, in Java, so H2
 * and PostgreSQL find exactly the same requests.
 *
 * @param reference the reference typed, as stored, or null
 * @param phone the typed digits (at most the last ten) reversed, or null
 * @param words the typed words, or an email address, as stored keys start; empty for none
 * @param language the language to call back in that the inbox's filter narrows to, or
 * null for any (chosen from a list, never typed)
 */
public record SearchTerms(String reference, String phone, List<String> words, CallLanguage language) {

	/** The most typed words a search uses; more narrow nothing a receptionist needs. */
	static final int MOST_WORDS = 5;

	/** The most digits a phone search compares: a number without its country code. */
	static final int PHONE_DIGITS = 10;

	/** The fewest digits a phone search takes: the last four of a number. */
	static final int FEWEST_PHONE_DIGITS = 4;

	/** The longest key stored: an email address's limit. */
	static final int KEY_MAX = ConsultationRequest.EMAIL_MAX;

	private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{8}");

	private static final Pattern PHONE = Pattern.compile("[0-9 ().+\\-/]+");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** No search: every request of the status asked for. */
	static final SearchTerms NONE = new SearchTerms(null, null, List.of(), null);

	public SearchTerms {
		words = List.copyOf(words);
	}

	/** What a receptionist typed, read as the kinds of search it can be. */
	public static SearchTerms of(String typed) {
		if (typed == null || typed.isBlank()) {
			return NONE;
		}
		String compact = typed.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		String reference = REFERENCE.matcher(compact).matches() ? compact.substring(0, 4) + "-" + compact.substring(4)
				: null;
		String phone = null;
		if (PHONE.matcher(typed.strip()).matches()) {
			String digits = typed.replaceAll("[^0-9]", "");
			if (digits.length() >= FEWEST_PHONE_DIGITS) {
				phone = reversed(digits.substring(Math.max(0, digits.length() - PHONE_DIGITS)));
			}
		}
		List<String> words = new ArrayList<>();
		if (typed.indexOf('@') >= 0) {
			words.add(emailKey(typed.strip()));
		}
		else if (typed.codePoints().anyMatch(Character::isLetter)) {
			for (String word : split(typed)) {
				if (words.size() < MOST_WORDS && !words.contains(word)) {
					words.add(word);
				}
			}
		}
		return new SearchTerms(reference, phone, words, null);
	}

	/** The same terms, narrowed to requests to call back in this language (null: any). */
	public SearchTerms inLanguage(CallLanguage language) {
		return new SearchTerms(this.reference, this.phone, this.words, language);
	}

	/** Whether anything was typed (the language is chosen, not typed). */
	public boolean any() {
		return this.reference != null || this.phone != null || !this.words.isEmpty();
	}

	/**
	 * The keys stored for a request: each word of the name and the whole email address,
	 * in lower case without accents.
	 */
	public static Set<String> keysOf(String fullName, String email) {
		Set<String> keys = new LinkedHashSet<>();
		split(fullName).forEach((word) -> keys.add(cut(word)));
		// O'Brien is found as obrien too, and García-López as garcialopez.
		if (fullName != null) {
			for (String part : fullName.strip().split("\\s+")) {
				String joined = String.join("", split(part));
				if (!joined.isEmpty()) {
					keys.add(cut(joined));
				}
			}
		}
		if (email != null && !email.isBlank()) {
			keys.add(cut(emailKey(email)));
		}
		return keys;
	}

	/** A phone number's digits in reverse order, so that its last digits start it. */
	public static String reversedDigits(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : reversed(digits);
	}

	/**
	 * The typed words as LIKE patterns (escaped with a backslash) for keys they start.
	 */
	List<String> wordPatterns() {
		return this.words.stream()
			.map((word) -> cut(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toList();
	}

	private static String cut(String key) {
		return (key.length() > KEY_MAX) ? key.substring(0, KEY_MAX) : key;
	}

	private static String reversed(String digits) {
		return new StringBuilder(digits).reverse().toString();
	}

	private static String emailKey(String email) {
		return fold(email).strip();
	}

	private static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : NOT_A_WORD.split(fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Lower case, without accents: García is garcia, Ñúñez is nunez. */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return folded.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("æ", "ae").replace("œ", "oe");
	}

}
