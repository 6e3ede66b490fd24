package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

	@Test
	void everyDrawingIsSmallSelfContainedAndHasAViewBox() throws IOException {
		List<Path> drawings;
		try (Stream<Path> files = Files.list(DRAWINGS)) {
			drawings = files.filter((file) -> file.toString().endsWith(".svg")).toList();
		}
		assertThat(drawings).hasSizeGreaterThanOrEqualTo(4);
		for (Path drawing : drawings) {
			String svg = Files.readString(drawing, StandardCharsets.UTF_8);
			assertThat(Files.size(drawing)).as("size of %s", drawing).isLessThan(IllustrationFiles.MAX_BYTES);
			assertThat(svg).as("%s", drawing)
				.containsPattern("viewBox=\"0 0 \\d+ \\d+\"")
				.contains("<title>")
				.contains("class=\"bg\"")
				.doesNotContain("<script", "href=\"http", "xlink:href", "@import", "url(");
		}
	}

	@Test
	void theSitesOwnPagesShowTheirIllustrations() {
		List<ContentPage> pages = new ContentLoader(new ContentProperties("classpath:content/", null)).load();
		assertThat(pages.stream().flatMap((page) -> page.illustrations().stream()).map(Illustration::src).distinct())
			.contains("/assets/illustrations/facial-nerve.svg", "/assets/illustrations/vessel-and-pad.svg",
					"/assets/illustrations/hemifacial-spasm-spread.svg");
	}

	private ContentPage condition() {
		return ContentFixtures.load(this.folder)
			.stream()
			.filter((page) -> page.kind() == PageKind.CONDITION)
			.findFirst()
			.orElseThrow();
	}

	private void writeCauses(String markdown) throws IOException {
		ContentFixtures.write(this.folder,
				(s) -> s.replace("## What causes it?\nText.", "## What causes it?\nText.\n\n" + markdown + "\n"),
				UnaryOperator.identity());
	}

}
