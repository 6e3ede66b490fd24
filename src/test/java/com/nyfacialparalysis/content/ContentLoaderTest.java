package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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
		var pages = new ContentLoader(new ContentProperties("classpath:content/", null)).load();
		assertThat(pages).extracting(ContentPage::path)
			.contains("/", "/privacy", "/accessibility", "/conditions/hemifacial-spasm", "/conditions/bells-palsy",
					"/conditions/multiple-sclerosis", "/conditions/tourette-syndrome", "/conditions/stress-and-fatigue",
					"/conditions/other-neurological-disorders", "/treatments/botulinum-toxin-injections",
					"/treatments/antiviral-medications", "/treatments/physical-therapy",
					"/treatments/steroid-injections", "/treatments/microvascular-decompression");
	}

	@Test
	void loadsAWellFormedSetWithItsExactTextAndADefaultReviewInterval() throws Exception {
		writeSet(UnaryOperator.identity(), UnaryOperator.identity());
		var pages = load();
		assertThat(pages).hasSize(3);
		ContentPage condition = pages.stream().filter((p) -> p.kind() == PageKind.CONDITION).findFirst().orElseThrow();
		assertThat(condition.urgentAdvice()).isTrue();
		assertThat(condition.sources())
			.containsExactly(new Source("NINDS: Hemifacial spasm", "https://www.ninds.nih.gov/"));
		assertThat(condition.html()).contains("<h2>What is it?</h2>")
			.contains("<a href=\"/treatments/botulinum-toxin-injections\">Botox</a>");
		assertThat(condition.reviewInterval()).isEqualTo(Period.ofYears(1));
		assertThat(condition.clinicallyReviewed()).isTrue();
		assertThat(condition.key()).hasToString("conditions/hemifacial-spasm");
		byte[] file = Files.readAllBytes(this.folder.resolve("conditions/hemifacial-spasm.md"));
		assertThat(condition.fileContent()).isEqualTo(new String(file, StandardCharsets.UTF_8));
		assertThat(condition.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
		ContentPage home = pages.stream().filter((p) -> p.kind() == PageKind.PAGE).findFirst().orElseThrow();
		assertThat(home.clinicallyReviewed()).as("a general page is reviewed only when it says so").isFalse();
	}

	@ParameterizedTest(name = "review-interval: {0}")
	@CsvSource({ "6 months, P6M", "1 month, P1M", "18 months, P18M", "2 years, P2Y", "3 years, P3Y", "36 months, P3Y" })
	void aFileMaySetHowLongItsReviewHolds(String written, String period) throws IOException {
		writeSet((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nreview-interval: " + written),
				UnaryOperator.identity());
		ContentPage condition = load().stream().filter((p) -> p.kind() == PageKind.CONDITION).findFirst().orElseThrow();
		assertThat(condition.reviewInterval()).isEqualTo(Period.parse(period));
	}

	@Test
	void aGeneralPageThatGivesHealthAdviceIsReviewedByClinicians() throws IOException {
		writeSet(UnaryOperator.identity(), UnaryOperator.identity());
		Files.writeString(this.folder.resolve("pages/home.md"), ContentFixtures.HOME.replace(
				"summary: Causes of facial twitching.", "summary: Causes of facial twitching.\nclinical-review: true"));
		ContentPage home = load().stream().filter((p) -> p.kind() == PageKind.PAGE).findFirst().orElseThrow();
		assertThat(home.clinicallyReviewed()).isTrue();
	}

	@Test
	void theSitesOwnFilesClaimNoReviewAndTheHealthPagesAreAllReviewed() {
		var pages = new ContentLoader(new ContentProperties("classpath:content/", null)).load();
		assertThat(pages).allSatisfy((page) -> assertThat(page.fileContent()).doesNotContain("last-reviewed",
				"next-review-due", "reviewed-by", "clinical team"));
		assertThat(pages).filteredOn(ContentPage::clinicallyReviewed)
			.extracting(ContentPage::path)
			.contains("/", "/your-visit", "/conditions/bells-palsy", "/treatments/microvascular-decompression")
			.doesNotContain("/privacy", "/accessibility");
	}

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				Arguments.of("a missing title", cond((s) -> s.replace("title: Hemifacial spasm\n", "")),
						"conditions/hemifacial-spasm.md: field 'title' is missing"),
				Arguments.of("a review date typed into the file",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nlast-reviewed: 2026-11-20")),
						"conditions/hemifacial-spasm.md: field 'last-reviewed' is not used: a review is recorded only when a clinician signs the page off"),
				Arguments.of("a next review date typed into the file", cond(
						(s) -> s.replace("urgent-advice: true", "urgent-advice: true\nnext-review-due: 2027-11-20")),
						"conditions/hemifacial-spasm.md: field 'next-review-due' is not used"),
				Arguments.of("a reviewer typed into the file",
						treat((s) -> s.replace("also-known-as:", "reviewed-by: Dr Jane Doe, MD\nalso-known-as:")),
						"treatments/botulinum-toxin-injections.md: field 'reviewed-by' is not used"),
				Arguments.of("a review interval longer than 3 years",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nreview-interval: 4 years")),
						"conditions/hemifacial-spasm.md: field 'review-interval' is '4 years'; it must be at least 1 month and at most 3 years"),
				Arguments.of("a review interval of 37 months", cond(
						(s) -> s.replace("urgent-advice: true", "urgent-advice: true\nreview-interval: 37 months")),
						"conditions/hemifacial-spasm.md: field 'review-interval' is '37 months'; it must be at least 1 month"),
				Arguments.of("a review interval of nothing",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nreview-interval: 0 months")),
						"conditions/hemifacial-spasm.md: field 'review-interval' is '0 months'; it must be at least 1 month"),
				Arguments.of("a review interval in words",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nreview-interval: one year")),
						"conditions/hemifacial-spasm.md: field 'review-interval' is 'one year'; write a number of months or years"),
				Arguments.of("a condition that says it is clinically reviewed",
						cond((s) -> s.replace("urgent-advice: true", "urgent-advice: true\nclinical-review: true")),
						"conditions/hemifacial-spasm.md: field 'clinical-review' is for pages/ only"),
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
	void refusesAFileThatIsNotUtf8Text() throws IOException {
		writeSet(UnaryOperator.identity(), UnaryOperator.identity());
		byte[] latin1 = ContentFixtures.CONDITION.replace("Twitching", "Twitching caf\u00e9")
			.getBytes(StandardCharsets.ISO_8859_1);
		Files.write(this.folder.resolve("conditions/hemifacial-spasm.md"), latin1);
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(this::load)
			.withMessageContaining("conditions/hemifacial-spasm.md: is not UTF-8 text");
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
