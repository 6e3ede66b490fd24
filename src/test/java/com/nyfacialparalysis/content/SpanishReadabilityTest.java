package com.nyfacialparalysis.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every Spanish page a patient reads scores 55 or more on the INFLESZ scale ("normal");
 * the writing target is 65 and over ("bastante fácil"). The text is taken from each file
 * the way the English reading-grade test takes it (front matter and Markdown stripped,
 * headings, paragraphs, list items, cards and captions kept), and each page's score is
 * printed so a reviewer can see it.
 */
class SpanishReadabilityTest {

	static final double MIN_PERSPICUITY = 55.0;

	static final String SPANISH_CONTENT = "classpath:content/es/**/*.md";

	/** A Spanish content file and the words a reader sees in it. */
	record SpanishPage(String path, String text) {

		@Override
		public String toString() {
			return this.path;
		}

	}

	static List<SpanishPage> pages() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(SPANISH_CONTENT);
			Arrays.sort(files, Comparator.comparing(SpanishReadabilityTest::pathOf));
			List<SpanishPage> pages = new ArrayList<>();
			for (Resource file : files) {
				String source = file.getContentAsString(StandardCharsets.UTF_8);
				pages.add(new SpanishPage(pathOf(file), new MarkdownFile(source).text));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pathOf(Resource file) {
		try {
			String url = file.getURL().toString();
			return url.substring(url.lastIndexOf("content/es/") + "content/".length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void scoresASpanishPageForEveryEnglishOne() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (PageKind kind : PageKind.values()) {
			int english = resolver.getResources("classpath:content/" + kind.folder() + "/*.md").length;
			long spanish = pages().stream()
				.filter((page) -> page.path().startsWith("es/" + kind.folder() + "/"))
				.count();
			assertThat(spanish).as("Spanish pages scored in es/%s/", kind.folder()).isEqualTo(english).isPositive();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everySpanishPageReadsAsNormalOrEasier(SpanishPage page) {
		SpanishReadability.Score score = SpanishReadability.score(page.text());
		System.out.printf("INFLESZ %5.1f %-15s %-45s (%d words, %d sentences, %.2f syllables a word)%n",
				score.perspicuity(), score.band(), page.path(), score.words(), score.sentences(),
				(double) score.syllables() / score.words());
		assertThat(score.perspicuity())
			.as("Szigriszt-Pazos perspicuity of %s (%d words in %d sentences); shorten sentences and words",
					page.path(), score.words(), score.sentences())
			.isGreaterThanOrEqualTo(MIN_PERSPICUITY);
	}

	@Test
	void countsSyllablesTheWaySpanishIsSpoken() {
		assertThat(SpanishReadability.syllables("cara")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("parálisis")).isEqualTo(4);
		assertThat(SpanishReadability.syllables("botulínica")).isEqualTo(5);
		// Diphthongs are one syllable; hiatus, two.
		assertThat(SpanishReadability.syllables("ciudad")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("cuidado")).isEqualTo(3);
		assertThat(SpanishReadability.syllables("nervio")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("día")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("oído")).isEqualTo(3);
		assertThat(SpanishReadability.syllables("leer")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("aéreo")).isEqualTo(4);
		// A silent u, and a y that ends a syllable.
		assertThat(SpanishReadability.syllables("que")).isEqualTo(1);
		assertThat(SpanishReadability.syllables("guía")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("agua")).isEqualTo(2);
		assertThat(SpanishReadability.syllables("y")).isEqualTo(1);
		assertThat(SpanishReadability.syllables("muy")).isEqualTo(1);
		assertThat(SpanishReadability.syllables("ayuda")).isEqualTo(3);
	}

	@Test
	void appliesTheSzigrisztPazosFormula() {
		// 4 words, 1 sentence, 6 syllables (la, ca-ra, se, mue-ve).
		SpanishReadability.Score score = SpanishReadability.score("La cara se mueve.");
		assertThat(score).isEqualTo(new SpanishReadability.Score(1, 4, 6));
		assertThat(score.perspicuity()).isCloseTo(206.835 - 62.3 * 6 / 4 - 4, within(0.001));
	}

	@Test
	void scoresLongWordySentencesLowerThanShortPlainOnes() {
		SpanishReadability.Score plain = SpanishReadability
			.score("El nervio está apretado. La cara se mueve. No es su culpa.");
		SpanishReadability.Score dense = SpanishReadability
			.score("La descompresión microvascular constituye una intervención neuroquirúrgica dirigida a "
					+ "síndromes de compresión neurovascular caracterizados por contracciones hemifaciales "
					+ "involuntarias.");
		assertThat(plain.band()).isEqualTo(SpanishReadability.Band.VERY_EASY);
		assertThat(dense.perspicuity()).isLessThan(MIN_PERSPICUITY);
		assertThat(dense.band()).isEqualTo(SpanishReadability.Band.VERY_HARD);
	}

}
