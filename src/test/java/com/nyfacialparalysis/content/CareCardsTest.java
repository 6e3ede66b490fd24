package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Care cards as a content file writes them: {@code ::: level} on a line of its own,
 * Markdown inside, {@code :::} to close. The file names the level; anything else is
 * refused with a message that says how to write it.
 */
class CareCardsTest {

	@TempDir
	Path folder;

	@Test
	void readsACardAsItsOwnPartOfTheBodyWithItsLevel() throws IOException {
		writeHelp("""
				Before the card.

				::: see-a-doctor-soon
				- a twitch spreads to your cheek
				- your eye closes during the twitch
				:::

				After the card.
				""");
		ContentPage condition = condition();
		List<BodyPart> body = condition.body();
		BodyPart card = body.stream()
			.filter((part) -> part.kind() == BodyPart.Kind.CARE_CARD)
			.findFirst()
			.orElseThrow();
		assertThat(card.level()).isEqualTo(CareLevel.SEE_A_DOCTOR_SOON);
		assertThat(card.html()).contains("<li>a twitch spreads to your cheek</li>").doesNotContain(":::");
		int index = body.indexOf(card);
		assertThat(body.get(index - 1).html()).contains("Before the card.");
		assertThat(body.get(index + 1).html()).contains("After the card.");
		assertThat(condition.text()).contains("a twitch spreads to your cheek").doesNotContain(":::");
	}

	@Test
	void readsEveryLevelByItsName() throws IOException {
		StringBuilder cards = new StringBuilder();
		for (CareLevel level : CareLevel.values()) {
			cards.append("::: ").append(level.key()).append("\nText for ").append(level.key()).append(".\n:::\n\n");
		}
		writeHelp(cards.toString());
		assertThat(condition().body()).filteredOn((part) -> part.kind() == BodyPart.Kind.CARE_CARD)
			.extracting(BodyPart::level)
			.containsExactly(CareLevel.values());
	}

	@Test
	void aCardMayFollowAParagraphWithoutABlankLine() throws IOException {
		writeHelp("Get help if:\n::: get-help-today\n- your eye hurts\n:::\n");
		assertThat(condition().body())
			.anySatisfy((part) -> assertThat(part.level()).isEqualTo(CareLevel.GET_HELP_TODAY));
	}

	@Test
	void refusesAnUnknownLevelAndNamesTheLevels() throws IOException {
		writeHelp("::: urgent\n- your eye hurts\n:::\n");
		assertRefused("field 'body' has a care card '::: urgent'; the levels are call-911, get-help-today, "
				+ "see-a-doctor-soon, information");
	}

	@Test
	void refusesACardThatIsNeverClosed() throws IOException {
		writeHelp("::: call-911\n- your face droops suddenly\n");
		assertRefused("field 'body' has a care card '::: call-911' with no closing ':::' line");
	}

	@Test
	void refusesACardWrittenInsideAList() throws IOException {
		writeHelp("- first\n  ::: call-911\n  - your face droops suddenly\n  :::\n");
		assertRefused("field 'body' has a ':::' line that is not part of a care card");
	}

	@Test
	void refusesAHeadingInsideACard() throws IOException {
		writeHelp("::: information\n### A heading\nText.\n:::\n");
		assertRefused(
				"field 'body' has a care card '::: information' holding something other than sentences and lists");
	}

	@Test
	void placesASharedCardWithTheSitesOwnWordsAtItsLevel() throws IOException {
		writeHelp("::: call-911\n- your face droops suddenly\n:::\n\n::: within-72-hours\n:::\n");
		List<BodyPart> cards = condition().body().stream().filter((part) -> part.level() != null).toList();
		assertThat(cards).extracting(BodyPart::kind)
			.containsExactly(BodyPart.Kind.CARE_CARD, BodyPart.Kind.SHARED_CARD);
		assertThat(cards.get(1).level()).isEqualTo(CareLevel.GET_HELP_TODAY);
		assertThat(cards.get(1).html()).isEqualTo("within-72-hours");
		assertThat(condition().html()).as("its words are not the page's").doesNotContain("within-72-hours");
	}

	@Test
	void refusesASharedCardWithWordsOfItsOwn() throws IOException {
		writeHelp("::: within-72-hours\n- your face became weak yesterday, see a doctor\n:::\n");
		assertRefused("field 'body' has words in the shared card '::: within-72-hours'");
	}

	private ContentPage condition() {
		return ContentFixtures.load(this.folder)
			.stream()
			.filter((page) -> page.kind() == PageKind.CONDITION)
			.findFirst()
			.orElseThrow();
	}

	private void writeHelp(String text) throws IOException {
		ContentFixtures.write(this.folder,
				(s) -> s.replace("## When to get help\nText.", "## When to get help\n\n" + text + "\n"),
				UnaryOperator.identity());
	}

	private void assertRefused(String message) {
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.satisfies((ex) -> assertThat(ex.problems())
				.anySatisfy((problem) -> assertThat(problem).startsWith("conditions/hemifacial-spasm.md: " + message)));
	}

}
