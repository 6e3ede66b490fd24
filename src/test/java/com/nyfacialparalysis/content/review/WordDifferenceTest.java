package com.nyfacialparalysis.content.review;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.nyfacialparalysis.content.review.WordRun.Change;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word-level difference a clinician reads before signing off a changed page.
 */
class WordDifferenceTest {

	@Test
	void marksTheWordsRemovedAndAddedBetweenUnchangedRuns() {
		List<WordRun> runs = WordDifference.between("Botox wears off after 3 months.\nSee a doctor.",
				"Botox wears off after 3 to 4 months.\nSee a doctor soon.");
		assertThat(runs).containsExactly(new WordRun(Change.UNCHANGED, "Botox wears off after 3 "),
				new WordRun(Change.ADDED, "to 4 "), new WordRun(Change.UNCHANGED, "months.\nSee a "),
				new WordRun(Change.REMOVED, "doctor."), new WordRun(Change.ADDED, "doctor soon."));
	}

	@Test
	void theRunsGiveBackBothTextsExactly() {
		String before = "---\ntitle: Bell's palsy\n---\n## What is it?\n\nA sudden weakness of one side of the face.\n";
		String after = "---\ntitle: Bell's palsy\nreview-interval: 2 years\n---\n## What is it?\n\n"
				+ "A weakness of one side of the face that comes on over a day or two.\n\nNew paragraph.\n";
		List<WordRun> runs = WordDifference.between(before, after);
		assertThat(join(runs, Change.REMOVED)).isEqualTo(before);
		assertThat(join(runs, Change.ADDED)).isEqualTo(after);
		assertThat(runs).filteredOn((run) -> run.change() == Change.REMOVED)
			.extracting(WordRun::text)
			.anySatisfy((text) -> assertThat(text).contains("sudden"));
	}

	@Test
	void theSameTextIsOneUnchangedRun() {
		assertThat(WordDifference.between("Same words.\n", "Same words.\n"))
			.containsExactly(new WordRun(Change.UNCHANGED, "Same words.\n"));
	}

	@Test
	void anEmptyTextIsAllAddedOrAllRemoved() {
		assertThat(WordDifference.between("", "New page.")).containsExactly(new WordRun(Change.ADDED, "New page."));
		assertThat(WordDifference.between("Old page.", "")).containsExactly(new WordRun(Change.REMOVED, "Old page."));
	}

	private static String join(List<WordRun> runs, Change besidesUnchanged) {
		return runs.stream()
			.filter((run) -> run.change() == Change.UNCHANGED || run.change() == besidesUnchanged)
			.map(WordRun::text)
			.collect(Collectors.joining());
	}

}
