package com.nyfacialparalysis.content.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import com.nyfacialparalysis.content.review.WordRun.Change;

/**
 * The word-level difference between two texts, as runs of unchanged, removed and added
 * words. A word is what lies between spaces or line breaks (punctuation stays with its
 * word), and the spaces and line breaks are kept as runs of their own, so the runs put
 * together give back either text exactly.
 */
public final class WordDifference {

	private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

	private WordDifference() {
	}

	/**
	 * What changed from {@code before} to {@code after}: joining the unchanged and
	 * removed runs gives {@code before}, joining the unchanged and added runs gives
	 * {@code after}. Where a passage was replaced, its removed words come before the
	 * added ones.
	 */
	public static List<WordRun> between(String before, String after) {
		List<String> original = tokens(before);
		List<String> revised = tokens(after);
		List<WordRun> runs = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(original, revised, true).getDeltas()) {
			switch (delta.getType()) {
				case EQUAL -> add(runs, Change.UNCHANGED, delta.getSource().getLines());
				case DELETE -> add(runs, Change.REMOVED, delta.getSource().getLines());
				case INSERT -> add(runs, Change.ADDED, delta.getTarget().getLines());
				case CHANGE -> {
					add(runs, Change.REMOVED, delta.getSource().getLines());
					add(runs, Change.ADDED, delta.getTarget().getLines());
				}
			}
		}
		return List.copyOf(runs);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Adds words to the last run when it is of the same kind, or starts a new run. */
	private static void add(List<WordRun> runs, Change change, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		int last = runs.size() - 1;
		if (last >= 0 && runs.get(last).change() == change) {
			runs.set(last, new WordRun(change, runs.get(last).text() + text));
		}
		else {
			runs.add(new WordRun(change, text));
		}
	}

}
