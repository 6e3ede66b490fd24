package com.nyfacialparalysis.desk.content;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.nyfacialparalysis.content.review.WordDifference;
import com.nyfacialparalysis.content.review.WordRun;
import com.nyfacialparalysis.content.review.WordRun.Change;
import com.nyfacialparalysis.desk.content.ChangeShown.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the review screen shows of a difference: every word added and removed, two
 * unchanged lines on each side of a change, and the number of unchanged lines left out
 * between.
 */
class ChangeShownTest {

	@Test
	void keepsTwoUnchangedLinesAroundEachChangeAndCountsTheLinesLeftOut() {
		String before = lines(1, 20) + "old words\n" + lines(21, 40);
		String after = lines(1, 20) + "new words\n" + lines(21, 40);
		List<ChangeShown> shown = ChangeShown.of(WordDifference.between(before, after));

		assertThat(shown).extracting(ChangeShown::kind)
			.containsExactly(Kind.LEFT_OUT, Kind.UNCHANGED, Kind.REMOVED, Kind.ADDED, Kind.UNCHANGED, Kind.LEFT_OUT);
		assertThat(shown.get(0).linesLeftOut()).isEqualTo(18);
		assertThat(shown.get(1).text()).isEqualTo("line 19\nline 20\n");
		assertThat(shown.get(2).text()).isEqualTo("old");
		assertThat(shown.get(3).text()).isEqualTo("new");
		assertThat(shown.get(4).text()).isEqualTo(" words\nline 21\nline 22\n");
		assertThat(shown.get(5).linesLeftOut()).isEqualTo(19);
	}

	@Test
	void aShortStretchBetweenTwoChangesIsShownWhole() {
		String before = "alpha\none\ntwo\nthree\nfour\nomega\n";
		String after = "ALPHA\none\ntwo\nthree\nfour\nOMEGA\n";
		List<ChangeShown> shown = ChangeShown.of(WordDifference.between(before, after));
		assertThat(shown).extracting(ChangeShown::kind).doesNotContain(Kind.LEFT_OUT);
		assertThat(shown.stream()
			.filter((part) -> part.kind() != Kind.REMOVED)
			.map(ChangeShown::text)
			.collect(Collectors.joining())).isEqualTo(after);
	}

	@Test
	void countsTheWordsAddedAndRemoved() {
		List<WordRun> runs = WordDifference.between("take it twice a day", "take it once a day, with food");
		assertThat(ChangeShown.words(runs, Change.REMOVED)).isEqualTo(2);
		assertThat(ChangeShown.words(runs, Change.ADDED)).isEqualTo(4);
	}

	private static String lines(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj((n) -> "line " + n + "\n").collect(Collectors.joining());
	}

}
