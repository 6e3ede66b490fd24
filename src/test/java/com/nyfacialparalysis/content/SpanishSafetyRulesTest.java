package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The safety rules hold on a Spanish page as on an English one: an emergency sign written
 * in Spanish (with or without its accents) only in a red card, never "no es una
 * emergencia" next to weakness or numbness, every figure (in digits or in Spanish words)
 * linked to a source, and the 988 line's Spanish option taken for part of its number.
 */
class SpanishSafetyRulesTest {

	private static final String SOURCE = "https://www.ninds.nih.gov/";

	private static final Pattern CARD = Pattern.compile("(?m)^::: (\\S+)$");

	private static final String FILE = "es/conditions/espasmo-hemifacial.md";

	@TempDir
	Path folder;

	@BeforeEach
	void writeTheEnglishSet() throws IOException {
		ContentFixtures.write(this.folder, UnaryOperator.identity(), UnaryOperator.identity());
		Files.createDirectories(this.folder.resolve("es/conditions"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Si tiene dificultad para respirar, llame a su médico.",
			"Si tiene dificultad para respirar, llame a su medico.", "Si le cuesta tragar, vea a su médico hoy.",
			"La hinchazón de los labios o la lengua puede ser una alergia. Vea a un médico.",
			"Si se le hincha la garganta, vea a un médico.",
			"La debilidad súbita de un brazo necesita un médico pronto.",
			"La debilidad subita de un brazo necesita un medico pronto.",
			"Vea a un médico si la cara se le cae de repente.",
			"Un entumecimiento repentino de la cara necesita un médico.",
			"Si siente adormecimiento de repente en una pierna, vea a su médico.",
			"Si tiene pensamientos de hacerse daño, hable con alguien de confianza.",
			"Si piensa en quitarse la vida, hable con alguien de confianza.",
			"Los pensamientos suicidas necesitan ayuda.", "Una fiebre con el cuello rígido necesita un médico.",
			"Una fiebre con el cuello rigido necesita un medico.", "Si tiene una convulsión, llame a su médico.",
			"::: see-a-doctor-soon\n- tiene dificultad para tragar después de una inyección\n:::",
			"::: get-help-today\n- arrastra las palabras al hablar\n:::",
			"::: get-help-today\n- tiene problemas para hablar\n:::",
			"Si pierde la vista de repente, vea a su médico hoy.",
			"Una pérdida súbita de la vista necesita un médico hoy.",
			"::: get-help-today\n- de repente no ve con un ojo\n:::",
			"::: see-a-doctor-soon\n- tiene entumecimiento repentino de la cara\n:::",
			"Si piensa en lastimarse, hable con alguien de confianza.",
			"Si tiene pensamientos de terminar con su vida, llame al 988.",
			"Si se le inflama la lengua, vea a un médico.", "Si la cara se le cae bruscamente, vea a un médico." })
	void refusesAnEmergencySignWrittenInSpanishOutsideARedCard(String text) throws IOException {
		writeHelp(text);
		assertRefused(FILE + ": field 'body' describes an emergency sign outside a '::: call-911' card");
	}

	@Test
	void acceptsTheSameSignsInsideARedCard() throws IOException {
		writeHelp("""
				::: call-911
				- se le cae la cara de repente, o tiene debilidad súbita en un brazo
				- tiene dificultad para respirar o tragar, o se le hinchan los labios o la lengua
				- tiene fiebre con el cuello rígido, o tiene una convulsión
				- tiene pensamientos de hacerse daño o de quitarse la vida. Llame o mande un mensaje
				de texto al [988](tel:988). Para hablar en español, llame al 988 y oprima 2.
				:::
				""");
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void acceptsThoughtsOfSelfHarmOutsideARedCardWhenTheParagraphGivesBoth988And911() throws IOException {
		writeHelp("Si tiene pensamientos de hacerse daño, llame o mande un mensaje de texto al [988](tel:988) a "
				+ "cualquier hora. Para hablar en español, llame al 988 y oprima 2. Si podría actuar ahora, llame al 911.");
		assertThatNoException().isThrownBy(this::load);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "No es una emergencia, pero vea a un médico pronto si:",
			"No hay de qué preocuparse, pero vea a un médico pronto si:",
			"No hay que preocuparse, pero vea a un médico pronto si:",
			"No es urgente, pero vea a un medico pronto si:" })
	void refusesAPageThatCallsWeaknessNotAnEmergencyInSpanish(String reassurance) throws IOException {
		writeHelp(reassurance + """


				- una contracción dura más de unas semanas
				- también tiene debilidad, entumecimiento o cambios en la audición
				""");
		assertRefused(FILE + ": field 'body' calls weakness or numbness not an emergency");
	}

	@Test
	void acceptsWeaknessThatComesOnSlowlyInASeeADoctorSoonCard() throws IOException {
		writeHelp("""
				::: see-a-doctor-soon
				- la parte que se contrae se pone débil o rígida poco a poco
				- siente entumecimiento de la cara que llega en semanas
				:::
				""");
		assertThatNoException().isThrownBy(this::load);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Los esteroides funcionan mejor en 72 horas.",
			"Los esteroides funcionan mejor en tres días.", "Los esteroides funcionan mejor en tres dias.",
			"Las inyecciones se repiten cada tres a cuatro meses.", "Mejoran unas ochenta de cada cien personas." })
	void refusesAFigureWithNoLinkToItsSource(String text) throws IOException {
		writeHelp(text);
		assertRefused(FILE + ": field 'body' has a figure");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "En una crisis, llame o mande un mensaje de texto al 988. En una emergencia, llame al 911.",
					"Para hablar en español, llame al 988 y oprima 2.", "Para hablar en español, marque 988 y luego 2.",
					"Puede haber dolor detrás de la oreja un día o dos antes." })
	void doesNotTakeThePhoneNumbersOrTheWordForAForFigures(String text) throws IOException {
		writeHelp(text);
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void refusesASpanishSummaryThatDescribesAnEmergencySignWithoutSayingToCall911() throws IOException {
		writeTranslation((s) -> s.replace("summary: Contracciones de un lado de la cara.",
				"summary: Contracciones de un lado de la cara. Vea a un médico si la cara se cae de repente."));
		assertRefused(FILE + ": field 'summary' describes an emergency sign without saying to call 911");
	}

	@Test
	void acceptsASpanishSummaryThatSaysToCall911() throws IOException {
		writeTranslation((s) -> s.replace("summary: Contracciones de un lado de la cara.",
				"summary: Contracciones de un lado de la cara. Si la cara se cae de repente, llame al 911."));
		assertThatNoException().isThrownBy(this::load);
	}

	@Test
	void theSitesOwnSpanishPagesKeepEveryRule() {
		List<ContentPage> spanish = new ContentLoader(new ContentProperties("classpath:content/", null)).load()
			.stream()
			.filter((page) -> page.language() == Language.SPANISH)
			.toList();
		assertThat(spanish).hasSizeGreaterThanOrEqualTo(15);
		assertThat(spanish)
			.allSatisfy((page) -> assertThat(page.text()).doesNotContainIgnoringCase("no es una emergencia")
				.doesNotContainIgnoringCase("no hay de qué preocuparse"));
	}

	/**
	 * Writes the Spanish section "Cuándo buscar ayuda", and gives the English original
	 * the same care cards, as a translation must have.
	 */
	private void writeHelp(String text) throws IOException {
		writeTranslation(
				(s) -> s.replace("## Cuándo buscar ayuda\nTexto.", "## Cuándo buscar ayuda\n\n" + text + "\n"));
		StringBuilder cards = new StringBuilder();
		Matcher card = CARD.matcher(text);
		while (card.find()) {
			cards.append("::: ").append(card.group(1)).append("\n- you see a change\n:::\n\n");
		}
		ContentFixtures.write(this.folder,
				(s) -> s.replace("## When to get help\nText.", "## When to get help\n\n" + cards + "Text.\n"),
				UnaryOperator.identity());
	}

	private void writeTranslation(UnaryOperator<String> change) throws IOException {
		Files.writeString(this.folder.resolve(FILE), change.apply(TranslationChecksTest.SPANISH_CONDITION),
				StandardCharsets.UTF_8);
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
