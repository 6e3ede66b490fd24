package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The safety rules a content file must keep before the site will start: emergency signs
 * only in a red card, never "not an emergency" next to weakness or numbness, and every
 * figure linked to a source the page lists.
 */
class SafetyRulesTest {

	private static final String SOURCE = "https://www.ninds.nih.gov/";

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "If you have trouble breathing, call your doctor.",
			"Swelling of the lips or tongue can be an allergy. See a doctor.",
			"Sudden weakness of one arm needs a doctor soon.", "See a doctor if your face droops suddenly.",
			"If you have thoughts of self-harm, talk to someone you trust.",
			"::: see-a-doctor-soon\n- you have trouble swallowing after an injection\n:::",
			"::: get-help-today\n- your speech is slurred\n:::", "A fever with a stiff neck needs a doctor." })
	void refusesAnEmergencySignOutsideARedCard(String text) throws IOException {
		writeHelp(text);
		assertRefused("conditions/hemifacial-spasm.md: field 'body' describes an emergency sign outside a "
				+ "'::: call-911' card");
	}

	@Test
	void acceptsEmergencySignsInsideARedCard() throws IOException {
		writeHelp("""
				::: call-911
				- your face droops suddenly, or you have sudden weakness in an arm
				- you have trouble breathing or swallowing, or your lips or tongue swell
				- you have thoughts of harming yourself. Call or text [988](tel:988).
				:::
				""");
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void refusesAPageThatCallsWeaknessNotAnEmergency() throws IOException {
		writeHelp("""
				It is not an emergency, but see a doctor soon if:

				- a twitch lasts more than a few weeks
				- you also have weakness, numbness or hearing changes
				""");
		assertRefused("conditions/hemifacial-spasm.md: field 'body' calls weakness or numbness not an emergency");
	}

	@Test
	void acceptsWeaknessThatComesOnSlowlyInASeeADoctorSoonCard() throws IOException {
		writeHelp("""
				::: see-a-doctor-soon
				- the twitching part slowly becomes weak or stiff
				- you have numbness of the face that comes on over weeks
				:::
				""");
		assertThatNoException().isThrownBy(this::load);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Steroids work best within 72 hours.", "About 85 in 100 people get relief.",
			"Steroids work best within three days.", "The shots are repeated every three to four months.",
			"::: see-a-doctor-soon\n- the twitch lasts more than 2 weeks\n:::" })
	void refusesAFigureWithNoLinkToItsSource(String text) throws IOException {
		writeHelp(text);
		assertRefused("conditions/hemifacial-spasm.md: field 'body' has a figure");
	}

	@Test
	void acceptsAFigureLinkedToOneOfThePagesSources() throws IOException {
		writeHelp("Steroids work best within [72 hours](" + SOURCE + "). About 85 in 100 people get relief.");
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void doesNotTakeTheEmergencyNumbersForFigures() throws IOException {
		writeHelp("In an emergency, call 911. In a crisis, call or text 988.");
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void refusesALinkOutThatIsNotOneOfThePagesSources() throws IOException {
		writeHelp("Steroids work best within [72 hours](https://example.org/somewhere-else).");
		assertRefused("conditions/hemifacial-spasm.md: field 'body' links to 'https://example.org/somewhere-else', "
				+ "which is not one of the page's sources");
	}

	@Test
	void refusesAFigureInTheSummaryWhereItCannotBeLinked() throws IOException {
		write((s) -> s.replace("summary: Twitching on one side of the face.",
				"summary: Twitching on one side of the face, in 8 of 100,000 people."));
		assertRefused("conditions/hemifacial-spasm.md: field 'summary' has a figure");
	}

	@Test
	void refusesASummaryThatDescribesAnEmergencySignWithoutSayingToCall911() throws IOException {
		write((s) -> s.replace("summary: Twitching on one side of the face.",
				"summary: Twitching on one side of the face. See a doctor if the face droops suddenly."));
		assertRefused("conditions/hemifacial-spasm.md: field 'summary' describes an emergency sign without saying "
				+ "to call 911");
	}

	@Test
	void theSitesOwnPagesKeepEveryRule() {
		List<ContentPage> pages = new ContentLoader(new ContentProperties("classpath:content/", null)).load();
		assertThat(pages).allSatisfy((page) -> assertThat(page.text()).doesNotContainIgnoringCase("not an emergency"));
		assertThat(pages).filteredOn((page) -> page.kind() == PageKind.CONDITION)
			.allSatisfy((page) -> assertThat(page.body())
				.anySatisfy((part) -> assertThat(part.level()).isEqualTo(CareLevel.CALL_911)));
	}

	private void writeHelp(String text) throws IOException {
		write((s) -> s.replace("## When to get help\nText.", "## When to get help\n\n" + text + "\n"));
	}

	private void write(UnaryOperator<String> condition) throws IOException {
		ContentFixtures.write(this.folder, condition, UnaryOperator.identity());
	}

	private List<ContentPage> load() {
		return ContentFixtures.load(this.folder);
	}

	private void assertRefused(String message) {
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(this::load)
			.satisfies(
					(ex) -> assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).startsWith(message)));
	}

}
