package com.nyfacialparalysis.content;

import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid reading grade of plain text, with a short, honest syllable counter:
 * vowel groups, less a silent final "e". It is an estimate, as every readability formula
 * is; it is good enough to catch a page that has drifted into long sentences and long
 * words.
 */
final class Readability {

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private Readability() {
	}

	record Score(int sentences, int words, int syllables) {

		double grade() {
			return 0.39 * this.words / this.sentences + 11.8 * this.syllables / this.words - 15.59;
		}

	}

	/**
	 * Scores text in which each line is a paragraph, heading or list item; a line without
	 * closing punctuation still ends a sentence.
	 */
	static Score score(String text) {
		return count(text, Readability::syllables);
	}

	/**
	 * Counts sentences, words and syllables (by the given counter) in text in which each
	 * line is a paragraph, heading or list item; a line without closing punctuation still
	 * ends a sentence. Shared with {@link SpanishReadability}, which counts syllables its
	 * own way.
	 */
	static Score count(String text, ToIntFunction<String> syllablesOf) {
		int sentences = 0;
		int words = 0;
		int syllables = 0;
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int lineWords = 0;
			Matcher matcher = WORD.matcher(trimmed);
			while (matcher.find()) {
				lineWords++;
				syllables += syllablesOf.applyAsInt(matcher.group());
			}
			if (lineWords == 0) {
				continue;
			}
			words += lineWords;
			int ends = trimmed.split("[.!?]+(\\s|$)", -1).length - 1;
			boolean endsWithStop = trimmed.matches(".*[.!?][\"”’»)]*$");
			sentences += Math.max(1, ends + (endsWithStop ? 0 : 1));
		}
		return new Score(Math.max(1, sentences), Math.max(1, words), syllables);
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (w.isEmpty()) {
			return 0;
		}
		if (w.length() <= 3) {
			return 1;
		}
		w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x");
		w = w.replaceAll("^y", "");
		int count = 0;
		Matcher matcher = VOWEL_GROUP.matcher(w);
		while (matcher.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
