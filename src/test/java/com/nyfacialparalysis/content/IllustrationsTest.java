package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Illustrations in content files: a text alternative that says what the drawing shows, a
 * caption, and a small drawing that exists among the site's files. The drawings
 * themselves are checked too.
 */
class IllustrationsTest {

	private static final Path DRAWINGS = Path.of("src/main/resources/static/illustrations");

	private static final String ALT = "A side view of a head with the facial nerve and its five branches";

	@TempDir
	Path folder;

	@Test
	void readsAnIllustrationOnItsOwnLineWithItsSizeFromTheDrawing() throws IOException {
		writeCauses("![" + ALT + "](/assets/illustrations/facial-nerve.svg \"The facial nerve and its branches.\")");
		Illustration drawing = condition().illustrations().get(0);
		assertThat(drawing).isEqualTo(new Illustration("/assets/illustrations/facial-nerve.svg", ALT,
				"The facial nerve and its branches.", 720, 520));
		assertThat(condition().text()).contains("The facial nerve and its branches.");
	}

	static Stream<Arguments> brokenImages() {
		return Stream.of(
				Arguments.of("no alt text", "![](/assets/illustrations/facial-nerve.svg \"Caption.\")",
						"without alt text"),
				Arguments.of("alt text that says nothing",
						"![Nerve](/assets/illustrations/facial-nerve.svg \"Caption.\")",
						"whose alt text 'Nerve' is too short to say what it shows"),
				Arguments.of("no caption", "![" + ALT + "](/assets/illustrations/facial-nerve.svg)",
						"without a caption"),
				Arguments.of("a drawing that does not exist",
						"![" + ALT + "](/assets/illustrations/no-such-drawing.svg \"Caption.\")",
						"but there is no static/illustrations/no-such-drawing.svg"),
				Arguments.of("a picture from elsewhere", "![" + ALT + "](https://example.org/face.png \"Caption.\")",
						"that is not an illustration of this site"),
				Arguments.of("a drawing too big for a phone",
						"![" + ALT + "](/assets/illustrations/test-oversized.svg \"Caption.\")",
						"keep illustrations under 15360 bytes"),
				Arguments.of("a drawing without a view box",
						"![" + ALT + "](/assets/illustrations/test-no-view-box.svg \"Caption.\")",
						"whose drawing has no viewBox"),
				Arguments.of("a drawing styled by a <style> block, which the content security policy blocks",
						"![" + ALT + "](/assets/illustrations/test-style-block.svg \"Caption.\")",
						"whose drawing has a <style> block"),
				Arguments.of("an image inside a sentence",
						"See ![" + ALT + "](/assets/illustrations/facial-nerve.svg \"Caption.\") here.",
						"inside a sentence, list or card"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenImages")
	void refusesAnImageThatCannotBeShownWell(String what, String markdown, String message) throws IOException {
		writeCauses(markdown);
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.satisfies((ex) -> assertThat(ex.problems())
				.anySatisfy((problem) -> assertThat(problem).startsWith("conditions/hemifacial-spasm.md: field 'body' ")
					.contains(message)));
	}

	/**
	 * A drawing opened on its own (tapped to zoom, opened in a new tab) is served under
	 * the site's {@code style-src 'self'}, which blocks an internal style block: every
	 * drawing, the test drawings included, is drawn with presentation attributes and has
	 * its own white background.
	 */
	@Test
	void everyDrawingIsSmallSelfContainedAndHasAViewBox() throws IOException {
		List<Path> drawings = drawings(DRAWINGS);
		drawings.addAll(drawings(DRAWINGS.resolve("es")));
		assertThat(drawings).hasSizeGreaterThanOrEqualTo(8);
		for (Path drawing : drawings) {
			String svg = Files.readString(drawing, StandardCharsets.UTF_8);
			assertThat(Files.size(drawing)).as("size of %s", drawing).isLessThan(IllustrationFiles.MAX_BYTES);
			assertThat(svg).as("%s", drawing)
				.containsPattern("viewBox=\"0 0 \\d+ \\d+\"")
				.containsPattern("<title>[^<]+</title>")
				.containsPattern("<desc>[^<]+</desc>")
				.containsPattern("<rect width=\"\\d+\" height=\"\\d+\" fill=\"#fff\"/>")
				.doesNotContain("<style", "<script", "href=\"http", "xlink:href", "@import", "url(", " style=")
				.doesNotContainPattern("\\son[a-z]+=");
		}
	}

	/**
	 * The red emergency card shows the BE FAST drawing on every Spanish page that warns
	 * of a stroke, and content pages show the others: each has a Spanish twin, the same
	 * size, that says it is in Spanish and keeps none of the English words.
	 */
	@Test
	void everyDrawingHasASpanishTwinWithItsWordsInSpanish() throws IOException {
		for (Path english : drawings(DRAWINGS)) {
			Path spanish = DRAWINGS.resolve("es").resolve(english.getFileName());
			assertThat(spanish).as("Spanish twin of %s", english).exists();
			String original = Files.readString(english, StandardCharsets.UTF_8);
			String translated = Files.readString(spanish, StandardCharsets.UTF_8);
			assertThat(original).as("%s", english)
				.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
				.contains(" lang=\"en\"");
			assertThat(translated).as("%s", spanish).contains(" lang=\"es\"");
			assertThat(viewBox(translated)).as("size of %s", spanish).isEqualTo(viewBox(original));
			assertThat(words(translated)).as("words of %s", spanish).doesNotContainAnyElementsOf(words(original));
			assertThat(words(translated)).as("every label of %s translated, none dropped", spanish)
				.hasSizeGreaterThanOrEqualTo(words(original).size())
				.isNotEmpty();
		}
	}

	static Stream<Arguments> drawingsInTheWrongLanguage() {
		return Stream.of(
				Arguments.of("an English drawing on a Spanish page", "es", "/assets/illustrations/facial-nerve.svg",
						"whose words are in English; a Spanish page shows /assets/illustrations/es/facial-nerve.svg"),
				Arguments.of("a Spanish drawing on an English page", "en", "/assets/illustrations/es/facial-nerve.svg",
						"whose words are in Spanish; show /assets/illustrations/facial-nerve.svg"),
				Arguments.of("a Spanish drawing with an English label left", "es",
						"/assets/illustrations/es/test-untranslated.svg",
						"whose drawing still says 'Cheek' as the English one does"),
				Arguments.of("a Spanish drawing that does not say it is Spanish", "es",
						"/assets/illustrations/es/test-no-lang.svg", "whose drawing does not say lang=\"es\""),
				Arguments.of("a Spanish drawing with no English original", "es",
						"/assets/illustrations/es/no-such-drawing.svg",
						"but there is no static/illustrations/es/no-such-drawing.svg"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("drawingsInTheWrongLanguage")
	void refusesADrawingWhoseWordsAreNotInThePagesLanguage(String what, String language, String address, String message)
			throws IOException {
		String image = "![" + ALT + "](" + address + " \"Caption.\")";
		String file;
		if (language.equals("es")) {
			writeSpanishCauses(image);
			file = "es/conditions/espasmo-hemifacial.md";
		}
		else {
			writeCauses(image);
			file = "conditions/hemifacial-spasm.md";
		}
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(() -> ContentFixtures.load(this.folder))
			.satisfies((ex) -> assertThat(ex.problems())
				.anySatisfy((problem) -> assertThat(problem).startsWith(file + ": field 'body' ").contains(message)));
	}

	@Test
	void aSpanishPageShowsTheSpanishTwinOfADrawing() throws IOException {
		String alt = "Una cabeza vista de lado con el nervio facial y sus cinco ramas";
		writeSpanishCauses("![" + alt + "](/assets/illustrations/es/facial-nerve.svg \"El nervio facial.\")");
		ContentPage spanish = ContentFixtures.load(this.folder)
			.stream()
			.filter((page) -> page.language() == Language.SPANISH)
			.findFirst()
			.orElseThrow();
		assertThat(spanish.illustrations()).containsExactly(
				new Illustration("/assets/illustrations/es/facial-nerve.svg", alt, "El nervio facial.", 720, 520));
	}

	@Test
	void theSitesOwnPagesShowTheirIllustrations() {
		List<ContentPage> pages = new ContentLoader(new ContentProperties("classpath:content/", null)).load();
		assertThat(pages.stream()
			.filter(ContentPage::isEnglish)
			.flatMap((page) -> page.illustrations().stream())
			.map(Illustration::src)
			.distinct()).contains("/assets/illustrations/facial-nerve.svg", "/assets/illustrations/vessel-and-pad.svg",
					"/assets/illustrations/hemifacial-spasm-spread.svg");
		assertThat(pages.stream()
			.filter((page) -> !page.isEnglish())
			.flatMap((page) -> page.illustrations().stream())
			.map(Illustration::src)
			.distinct())
			.contains("/assets/illustrations/es/facial-nerve.svg", "/assets/illustrations/es/vessel-and-pad.svg",
					"/assets/illustrations/es/hemifacial-spasm-spread.svg")
			.allMatch((src) -> src.startsWith("/assets/illustrations/es/"));
	}

	private ContentPage condition() {
		return ContentFixtures.load(this.folder)
			.stream()
			.filter((page) -> page.kind() == PageKind.CONDITION)
			.findFirst()
			.orElseThrow();
	}

	private static List<Path> drawings(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.filter((file) -> file.toString().endsWith(".svg")).sorted().toList());
		}
	}

	private static String viewBox(String svg) {
		Matcher matcher = Pattern.compile("viewBox=\"([^\"]*)\"").matcher(svg);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The title, the description and every label with two letters or more. */
	private static Set<String> words(String svg) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = Pattern.compile("<(title|desc|text)\\b[^>]*>([^<]*)</\\1>").matcher(svg);
		while (matcher.find()) {
			if (matcher.group(2).codePoints().filter(Character::isLetter).count() >= 2) {
				words.add(matcher.group(2).strip());
			}
		}
		return words;
	}

	private void writeSpanishCauses(String markdown) throws IOException {
		ContentFixtures.write(this.folder, UnaryOperator.identity(), UnaryOperator.identity());
		Files.createDirectories(this.folder.resolve("es/conditions"));
		Files.writeString(
				this.folder.resolve("es/conditions/espasmo-hemifacial.md"), TranslationChecksTest.SPANISH_CONDITION
					.replace("## ¿Qué lo causa?\nTexto.", "## ¿Qué lo causa?\nTexto.\n\n" + markdown + "\n"),
				StandardCharsets.UTF_8);
	}

	private void writeCauses(String markdown) throws IOException {
		ContentFixtures.write(this.folder,
				(s) -> s.replace("## What causes it?\nText.", "## What causes it?\nText.\n\n" + markdown + "\n"),
				UnaryOperator.identity());
	}

}
