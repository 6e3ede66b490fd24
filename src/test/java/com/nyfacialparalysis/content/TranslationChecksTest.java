package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content checker's rules for a translation: it stands for an English page that
 * exists, under a slug of its own, with the same sections and care cards in the same
 * order, the same relations and the same urgency. A broken translation stops the start
 * with a message naming the file, as a broken English file does.
 */
class TranslationChecksTest {

	static final String SPANISH_CONDITION = """
			---
			title: Espasmo hemifacial
			slug: espasmo-hemifacial
			translation-of: hemifacial-spasm
			summary: Contracciones de un lado de la cara.
			urgent-advice: true
			related:
			  - botulinum-toxin-injections
			sources:
			  - NINDS: Hemifacial spasm | https://www.ninds.nih.gov/
			---
			## ¿Qué es?
			Texto. Vea [la lista](/es/afecciones).
			## ¿Cómo se siente y cómo se ve?
			Texto.
			## ¿Qué lo causa?
			Texto.
			## Cuándo buscar ayuda
			Texto.
			## ¿Cómo se diagnostica?
			Texto.
			## ¿Cómo se trata?
			Texto.
			## Qué pasa después
			Texto.
			## Cómo vivir con esto
			Texto.
			""";

	@TempDir
	Path folder;

	@BeforeEach
	void writeTheEnglishSet() throws IOException {
		ContentFixtures.write(this.folder, UnaryOperator.identity(), UnaryOperator.identity());
		Files.createDirectories(this.folder.resolve("es/conditions"));
	}

	@Test
	void aWellFormedTranslationIsLoadedAsTheSpanishTwinOfItsOriginal() throws IOException {
		writeTranslation(UnaryOperator.identity());
		List<ContentPage> pages = ContentFixtures.load(this.folder);
		ContentPage spanish = pages.stream()
			.filter((page) -> page.language() == Language.SPANISH)
			.findFirst()
			.orElseThrow();
		assertThat(spanish.path()).isEqualTo("/es/afecciones/espasmo-hemifacial");
		assertThat(spanish.translationOf()).isEqualTo("hemifacial-spasm");
		assertThat(spanish.key().toString()).as("signed off as a page of its own")
			.isEqualTo("conditions/espasmo-hemifacial");
		assertThat(pages.stream().filter(ContentPage::isEnglish)).hasSize(3);
	}

	static Stream<Arguments> brokenTranslations() {
		return Stream.of(
				Arguments.of("no English original",
						change((s) -> s.replace("translation-of: hemifacial-spasm", "translation-of: bells-palsy")),
						"es/conditions/espasmo-hemifacial.md: field 'translation-of' names 'bells-palsy', but there is"
								+ " no conditions/bells-palsy.md to translate"),
				Arguments.of("no translation-of at all",
						change((s) -> s.replace("translation-of: hemifacial-spasm\n", "")),
						"es/conditions/espasmo-hemifacial.md: field 'translation-of' is missing"),
				Arguments.of("a section left out", change((s) -> s.replace("## Qué pasa después\nTexto.\n", "")),
						"es/conditions/espasmo-hemifacial.md: body has headings of levels [2, 2, 2, 2, 2, 2, 2] but"
								+ " conditions/hemifacial-spasm.md has [2, 2, 2, 2, 2, 2, 2, 2]"),
				Arguments.of("a section at another level",
						change((s) -> s.replace("## ¿Qué lo causa?", "### ¿Qué lo causa?")),
						"es/conditions/espasmo-hemifacial.md: body has headings of levels [2, 2, 3, 2, 2, 2, 2, 2]"),
				Arguments.of("a care card the original does not have",
						change((s) -> s.replace("## Cuándo buscar ayuda\nTexto.\n",
								"## Cuándo buscar ayuda\n\n::: get-help-today\nVaya hoy.\n:::\n\n")),
						"es/conditions/espasmo-hemifacial.md: body has the care cards [get-help-today] but"
								+ " conditions/hemifacial-spasm.md has []"),
				Arguments.of("other related pages",
						change((s) -> s.replace("  - botulinum-toxin-injections", "  - physical-therapy")),
						"es/conditions/espasmo-hemifacial.md: field 'related' names [physical-therapy] but"
								+ " conditions/hemifacial-spasm.md names [botulinum-toxin-injections]"),
				Arguments.of("urgent advice dropped", change((s) -> s.replace("urgent-advice: true\n", "")),
						"es/conditions/espasmo-hemifacial.md: field 'urgent-advice' is false but"
								+ " conditions/hemifacial-spasm.md says true"),
				Arguments.of("the English slug",
						change((s) -> s.replace("slug: espasmo-hemifacial", "slug: hemifacial-spasm")),
						"es/conditions/hemifacial-spasm.md: field 'slug' is 'hemifacial-spasm', which is also the slug"
								+ " of conditions/hemifacial-spasm.md"),
				Arguments.of("a link to a Spanish page that does not exist",
						change((s) -> s.replace("(/es/afecciones)", "(/es/afecciones/no-existe)")),
						"es/conditions/espasmo-hemifacial.md: body links to '/es/afecciones/no-existe', which is not a"
								+ " page of this site"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTranslations")
	void refusesABrokenTranslationAndNamesTheFile(String what, UnaryOperator<String> breakage, String message)
			throws IOException {
		writeTranslation(breakage);
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.satisfies(
					(ex) -> assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).startsWith(message)));
	}

	@Test
	void refusesTwoTranslationsOfOnePage() throws IOException {
		writeTranslation(UnaryOperator.identity());
		Files.writeString(this.folder.resolve("es/conditions/otro-espasmo.md"),
				SPANISH_CONDITION.replace("slug: espasmo-hemifacial", "slug: otro-espasmo"), StandardCharsets.UTF_8);
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.withMessageContaining("field 'translation-of' names 'hemifacial-spasm', which "
					+ "es/conditions/espasmo-hemifacial.md already translates");
	}

	@Test
	void anEnglishFileMayNotClaimToBeATranslation() throws IOException {
		ContentFixtures.write(this.folder, (s) -> s.replace("slug: hemifacial-spasm\n",
				"slug: hemifacial-spasm\ntranslation-of: hemifacial-spasm\n"), UnaryOperator.identity());
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.withMessageContaining("conditions/hemifacial-spasm.md: field 'translation-of' is for translations");
	}

	private void writeTranslation(UnaryOperator<String> change) throws IOException {
		String text = change.apply(SPANISH_CONDITION);
		String slug = text.lines()
			.filter((line) -> line.startsWith("slug: "))
			.findFirst()
			.orElseThrow()
			.substring("slug: ".length());
		Files.writeString(this.folder.resolve("es/conditions/" + slug + ".md"), text, StandardCharsets.UTF_8);
	}

	private static UnaryOperator<String> change(UnaryOperator<String> change) {
		return change;
	}

}
