package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
			"::: get-help-today\n- your speech is slurred\n:::", "A fever with a stiff neck needs a doctor.",
			"Sudden loss of sight needs a doctor today.", "::: get-help-today\n- you suddenly go blind in one eye\n:::",
			"If you have thoughts of hurting yourself, call or text 988.",
			"::: see-a-doctor-soon\n- you have sudden numbness of the face\n:::" })
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

	/**
	 * Thoughts of self-harm have two routes: 911 for someone who might act on them now,
	 * the 988 crisis line at any other time. A paragraph that gives both may sit outside
	 * a red card; one that gives only 988 may not.
	 */
	@Test
	void acceptsThoughtsOfSelfHarmOutsideARedCardWhenTheParagraphGivesBoth988And911() throws IOException {
		writeHelp("If you have thoughts of harming yourself, call or text [988](tel:988) at any time. "
				+ "If you might act on them now, call 911.");
		assertThatNoException().isThrownBy(this::load);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "If you have thoughts of harming yourself, call or text 988 at any time.",
			"If you have thoughts of harming yourself or trouble breathing, call 988 or 911." })
	void refusesThoughtsOfSelfHarmWithoutBothRoutesOrBesideAnotherSign(String text) throws IOException {
		writeHelp(text);
		assertRefused("conditions/hemifacial-spasm.md: field 'body' describes an emergency sign outside a "
				+ "'::: call-911' card");
	}

	/**
	 * Every kind of emergency sign the English rules know, and the same sign as a Spanish
	 * page would write it: a Spanish page is checked in its own words, so a sign the
	 * Spanish rules miss could sit in the wrong card unnoticed.
	 */
	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			your face droops suddenly                      | se le cae la cara de repente
			you have sudden numbness of the face           | tiene entumecimiento repentino de la cara
			sudden weakness of an arm                      | debilidad súbita de un brazo
			sudden loss of sight in one eye                | pérdida repentina de la vista en un ojo
			you suddenly go blind in one eye               | de repente queda ciego de un ojo
			you suddenly cannot see                        | de pronto no ve
			sudden double vision                           | ve doble de repente
			a sudden, very bad headache                    | un dolor de cabeza repentino y muy fuerte
			sudden loss of balance                         | pierde el equilibrio bruscamente
			sudden trouble walking                         | de repente le cuesta caminar
			sudden confusion                               | confusión súbita
			sudden dizziness                               | un mareo repentino
			trouble breathing                              | dificultad para respirar
			trouble swallowing                             | le cuesta tragar
			you cannot breathe                             | no puede respirar
			shortness of breath                            | falta de aire
			trouble speaking                               | problemas para hablar
			slurred speech                                 | arrastra las palabras
			your lips or tongue swell                      | se le hinchan los labios o la lengua
			your throat swells                             | se le inflama la garganta
			thoughts of harming yourself                   | pensamientos de hacerse daño
			thoughts of hurting yourself                   | pensamientos de lastimarse
			thoughts of ending your life                   | pensamientos de quitarse la vida
			thoughts of suicide                            | pensamientos suicidas
			a fever with a stiff neck                      | fiebre con el cuello rígido
			you have a seizure                             | tiene una convulsión
			""")
	void everyEmergencySignTheEnglishRulesKnowIsKnownInSpanish(String english, String spanish) {
		assertThat(SafetyRules.isEmergencySign(english, SafetyRules.Wording.ENGLISH)).as("English: %s", english)
			.isTrue();
		assertThat(SafetyRules.isEmergencySign(spanish, SafetyRules.Wording.SPANISH)).as("Spanish: %s", spanish)
			.isTrue();
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			numbness of the face that comes on slowly       | entumecimiento de la cara que llega poco a poco
			blurred sight that came on slowly               | vista borrosa que llegó poco a poco
			see a doctor if there is no improvement         | vea a un médico si no ve ninguna mejoría
			""")
	void doesNotTakeASlowChangeForAnEmergencySignInEitherLanguage(String english, String spanish) {
		assertThat(SafetyRules.isEmergencySign(english, SafetyRules.Wording.ENGLISH)).as("English: %s", english)
			.isFalse();
		assertThat(SafetyRules.isEmergencySign(spanish, SafetyRules.Wording.SPANISH)).as("Spanish: %s", spanish)
			.isFalse();
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
