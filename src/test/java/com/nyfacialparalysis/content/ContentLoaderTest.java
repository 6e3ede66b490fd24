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
 * The start-up checks on the content files: a clinician's slip in a header, a date or a
 * link stops the site from starting, with a message naming the file and the field.
 */
class ContentLoaderTest {

	@TempDir
	Path folder;

	@Test
	void loadsTheSitesOwnContentWithoutAProblem() {
		var pages = new ContentLoader(new ContentProperties("classpath:content/", "the NYFP clinical team")).load();
		assertThat(pages).extracting(ContentPage::path)
			.contains("/", "/privacy", "/accessibility", "/conditions/hemifacial-spasm", "/conditions/bells-palsy",
					"/conditions/multiple-sclerosis", "/conditions/tourette-syndrome", "/conditions/stress-and-fatigue",
					"/conditions/other-neurological-disorders", "/treatments/botulinum-toxin-injections",
					"/treatments/antiviral-medications", "/treatments/physical-therapy",
					"/treatments/steroid-injections", "/treatments/microvascular-decompression");
	}

	@Test
	void loadsAWellFormedSetAndNamesTheDefaultReviewer() throws IOException {
		writeSet(UnaryOperator.identity(), UnaryOperator.identity());
		var pages = load();
		assertThat(pages).hasSize(3);
		ContentPage condition = pages.stream().filter((p) -> p.kind() == PageKind.CONDITION).findFirst().orElseThrow();
		assertThat(condition.reviewedBy()).isEqualTo("the NYFP clinical team");
		assertThat(condition.urgentAdvice()).isTrue();
		assertThat(condition.sources())
			.containsExactly(new Source("NINDS: Hemifacial spasm", "https://www.ninds.nih.gov/"));
		assertThat(condition.html()).contains("<h2>What is it?</h2>")
			.contains("<a href=\"/treatments/botulinum-toxin-injections\">Botox</a>");
	}

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				Arguments.of("a missing title", cond((s) -> s.replace("title: Hemifacial spasm\n", "")),
						"conditions/hemifacial-spasm.md: field 'title' is missing"),
				Arguments.of("a date in the wrong form",
						cond((s) -> s.replace("last-reviewed: 2026-11-20", "last-reviewed: 20/11/2026")),
						"conditions/hemifacial-spasm.md: field 'last-reviewed' is '20/11/2026'; write the date as yyyy-mm-dd"),
				Arguments.of("an impossible date", cond((s) -> s.replace("2027-11-20", "2027-02-30")),
						"conditions/hemifacial-spasm.md: field 'next-review-due' is '2027-02-30', which is not a real date"),
				Arguments.of("a review due before the last one", cond((s) -> s.replace("2027-11-20", "2025-01-01")),
						"conditions/hemifacial-spasm.md: field 'next-review-due' must be after last-reviewed"),
				Arguments.of("a related page that does not exist",
						cond((s) -> s.replace("  - botulinum-toxin-injections",
								"  - botulinum-toxin-injections\n  - magic-cure")),
						"conditions/hemifacial-spasm.md: field 'related' names 'magic-cure', but there is no treatments/magic-cure.md"),
				Arguments.of("a link in the body to a missing page",
						cond((s) -> s.replace("/treatments/botulinum-toxin-injections)", "/treatments/botox)")),
						"conditions/hemifacial-spasm.md: body links to '/treatments/botox', which is not a page of this site"),
				Arguments.of("a missing section", cond((s) -> s.replace("## When to get help\n", "")),
						"conditions/hemifacial-spasm.md: field 'body' is missing the section '## When to get help'"),
				Arguments.of("a source without an address", cond((s) -> s.replace(" | https://www.ninds.nih.gov/", "")),
						"conditions/hemifacial-spasm.md: field 'sources' entry 'NINDS: Hemifacial spasm' must read 'Title | https://address'"),
				Arguments.of("a slug that is not the file name",
						cond((s) -> s.replace("slug: hemifacial-spasm", "slug: hfs")),
						"conditions/hemifacial-spasm.md: field 'slug' is 'hfs' but the file is named 'hemifacial-spasm.md'"),
				Arguments.of("a yes/no written as neither",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: yes")),
						"conditions/hemifacial-spasm.md: field 'urgent-advice' is 'yes'; write true or false"),
				Arguments.of("a condition without its outlook", cond((s) -> s.replace("## What happens next\n", "")),
						"conditions/hemifacial-spasm.md: field 'body' is missing the section '## What happens next'"),
				Arguments.of("a condition without living with it", cond((s) -> s.replace("## Living with it\n", "")),
						"conditions/hemifacial-spasm.md: field 'body' is missing the section '## Living with it'"),
				Arguments.of("a treatment that names no condition",
						treat((s) -> s.replace("related:\n  - hemifacial-spasm\n", "")),
						"treatments/botulinum-toxin-injections.md: field 'related' is missing or empty"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void refusesToStartOnABrokenFileAndNamesFileAndField(String what, Breakage breakage, String message)
			throws IOException {
		writeSet(breakage.condition(), breakage.treatment());
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(this::load)
			.satisfies(
					(ex) -> assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).startsWith(message)))
			.withMessageContaining(message);
	}

	@Test
	void refusesARelationThatIsNotNamedBack() throws IOException {
		writeSet(UnaryOperator.identity(),
				(s) -> s.replace("related:\n  - hemifacial-spasm\n", "related:\n  - bells-palsy\n"));
		Files.writeString(this.folder.resolve("conditions/bells-palsy.md"),
				ContentFixtures.CONDITION.replace("hemifacial-spasm", "bells-palsy")
					.replace("Hemifacial spasm", "Bell's palsy")
					.replace("  - botulinum-toxin-injections", "  - botulinum-toxin-injections"),
				StandardCharsets.UTF_8);
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(this::load)
			.withMessageContaining(
					"conditions/hemifacial-spasm.md: field 'related' names 'botulinum-toxin-injections', "
							+ "but treatments/botulinum-toxin-injections.md does not name 'hemifacial-spasm' back");
	}

	@Test
	void showsRawHtmlInAFileAsTextInsteadOfRunningIt() throws IOException {
		writeSet((s) -> s.replace("## What is it?\nText.", "## What is it?\n<script>alert(1)</script>"),
				UnaryOperator.identity());
		ContentPage condition = load().stream().filter((p) -> p.kind() == PageKind.CONDITION).findFirst().orElseThrow();
		assertThat(condition.html()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	private List<ContentPage> load() {
		return ContentFixtures.load(this.folder);
	}

	private void writeSet(UnaryOperator<String> condition, UnaryOperator<String> treatment) throws IOException {
		ContentFixtures.write(this.folder, condition, treatment);
	}

	record Breakage(UnaryOperator<String> condition, UnaryOperator<String> treatment) {

	}

	private static Breakage cond(UnaryOperator<String> change) {
		return new Breakage(change, UnaryOperator.identity());
	}

	private static Breakage treat(UnaryOperator<String> change) {
		return new Breakage(UnaryOperator.identity(), change);
	}

}
