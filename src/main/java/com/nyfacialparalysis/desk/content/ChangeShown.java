package com.nyfacialparalysis.desk.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.nyfacialparalysis.content.review.WordRun;
import com.nyfacialparalysis.content.review.WordRun.Change;

/**
 * A piece of the word-by-word difference as the desk shows it: the words added and
 * removed in full, with a few unchanged lines around them, and long stretches of
 * unchanged lines left out (saying how many), so a clinician sees what changed without
 * reading the whole file twice.
 *
 * @param kind unchanged, added, removed, or lines left out
 * @param text the words, with their spaces and line breaks (empty for lines left out)
 * @param linesLeftOut how many unchanged lines are not shown (for {@link Kind#LEFT_OUT})
 */
public record ChangeShown(Kind kind, String text, int linesLeftOut) {

	/** Unchanged lines kept before and after each change. */
	static final int CONTEXT_LINES = 2;

	private static final Pattern WORD = Pattern.compile("\\S+");

	/** What a piece of the difference is. */
	public enum Kind {

		UNCHANGED, ADDED, REMOVED, LEFT_OUT

	}

	/** The difference as shown: every change, with its context. */
	static List<ChangeShown> of(List<WordRun> runs) {
		List<ChangeShown> shown = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			WordRun run = runs.get(i);
			switch (run.change()) {
				case ADDED -> shown.add(new ChangeShown(Kind.ADDED, run.text(), 0));
				case REMOVED -> shown.add(new ChangeShown(Kind.REMOVED, run.text(), 0));
				case UNCHANGED -> unchanged(shown, run.text(), i > 0, i < runs.size() - 1);
			}
		}
		return List.copyOf(shown);
	}

	/** How many words were added and removed. */
	static int words(List<WordRun> runs, Change change) {
		return runs.stream()
			.filter((run) -> run.change() == change)
			.mapToInt((run) -> (int) WORD.matcher(run.text()).results().count())
			.sum();
	}

	/**
	 * An unchanged stretch: the lines right after the change before it and right before
	 * the change after it are kept, the lines between them left out.
	 */
	private static void unchanged(List<ChangeShown> shown, String text, boolean changeBefore, boolean changeAfter) {
		String[] lines = text.split("\n", -1);
		int last = lines.length - 1;
		// lines[0] ends the line of the change before; lines[last] starts the line of the
		// change after.
		int headEnd = changeBefore ? CONTEXT_LINES : -1;
		int tailStart = changeAfter ? last - CONTEXT_LINES : last + 1;
		if (headEnd + 1 >= tailStart) {
			shown.add(new ChangeShown(Kind.UNCHANGED, text, 0));
			return;
		}
		if (headEnd >= 0) {
			shown.add(new ChangeShown(Kind.UNCHANGED, join(lines, 0, headEnd) + "\n", 0));
		}
		shown.add(new ChangeShown(Kind.LEFT_OUT, "", tailStart - headEnd - 1));
		if (tailStart <= last) {
			shown.add(new ChangeShown(Kind.UNCHANGED, join(lines, tailStart, last), 0));
		}
	}

	private static String join(String[] lines, int from, int to) {
		return String.join("\n", Arrays.copyOfRange(lines, from, to + 1));
	}

}
