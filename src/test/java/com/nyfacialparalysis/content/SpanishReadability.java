package com.nyfacialparalysis.content;

import java.util.Locale;

/**
 * The Szigriszt-Pazos perspicuity of Spanish text, read on the INFLESZ scale
 * (Barrio-Cantalejo and others, 2008), the measure Spanish health-literacy work uses for
 * patient material: {@code 206.835 - 62.3 * syllables / words - words / sentences}.
 * Sentences and words are counted as the English {@link Readability} counts them;
 * syllables by the rules of Spanish spelling: each group of vowels is one syllable (a
 * diphthong), except where two strong vowels (a, e, o) meet or an accented i or u meets
 * another vowel (a hiatus: "dí-a", "le-er"). A silent u ("que", "guía") and a y that ends
 * a syllable ("muy", "hay") are handled. Like every readability formula it is an
 * estimate; it is good enough to catch a page that has drifted into long sentences and
 * long words.
 */
final class SpanishReadability {

	private static final String STRONG = "aeoáéó";

	private static final String ACCENTED_WEAK = "íú";

	private static final String VOWELS = "aeiouáéíóúü";

	private SpanishReadability() {
	}

	/** The bands of the INFLESZ scale. */
	enum Band {

		VERY_HARD("muy difícil", 0), SOMEWHAT_HARD("algo difícil", 40), NORMAL("normal", 55),
		FAIRLY_EASY("bastante fácil", 65), VERY_EASY("muy fácil", 80);

		private final String words;

		private final double from;

		Band(String words, double from) {
			this.words = words;
			this.from = from;
		}

		static Band of(double perspicuity) {
			Band band = VERY_HARD;
			for (Band candidate : values()) {
				if (perspicuity >= candidate.from) {
					band = candidate;
				}
			}
			return band;
		}

		@Override
		public String toString() {
			return this.words;
		}

	}

	record Score(int sentences, int words, int syllables) {

		double perspicuity() {
			return 206.835 - 62.3 * this.syllables / this.words - (double) this.words / this.sentences;
		}

		Band band() {
			return Band.of(perspicuity());
		}

	}

	/**
	 * Scores text in which each line is a paragraph, heading or list item; a line without
	 * closing punctuation still ends a sentence (counted as {@link Readability} counts).
	 */
	static Score score(String text) {
		Readability.Score counted = Readability.count(text, SpanishReadability::syllables);
		return new Score(counted.sentences(), counted.words(), counted.syllables());
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-zñáéíóúü]", "");
		// The u of "que", "qui", "gue", "gui" is not said.
		w = w.replace("qu", "q").replaceAll("gu(?=[eiéí])", "g");
		int count = 0;
		char previous = 0;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (!isVowel(w, i)) {
				previous = 0;
				continue;
			}
			if (previous == 0 || isHiatus(previous, c)) {
				count++;
			}
			previous = c;
		}
		return Math.max(1, count);
	}

	/** A y is a vowel when it ends a syllable: alone, or not followed by a vowel. */
	private static boolean isVowel(String word, int index) {
		char c = word.charAt(index);
		if (c == 'y') {
			return index + 1 >= word.length() || VOWELS.indexOf(word.charAt(index + 1)) < 0;
		}
		return VOWELS.indexOf(c) >= 0;
	}

	private static boolean isHiatus(char first, char second) {
		boolean bothStrong = STRONG.indexOf(first) >= 0 && STRONG.indexOf(second) >= 0;
		return bothStrong || ACCENTED_WEAK.indexOf(first) >= 0 || ACCENTED_WEAK.indexOf(second) >= 0;
	}

}
