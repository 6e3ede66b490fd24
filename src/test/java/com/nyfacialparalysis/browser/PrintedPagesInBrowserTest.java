package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.beans.factory.annotation.Autowired;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page printed from the browser as a leaflet to bring to a visit: Chromium prints it to
 * PDF on US Letter paper, as a reader's "Print" does, and the PDF is read back. It holds
 * the words, the care cards and each source's address, with the page's own address, the
 * clinic's phone number, the date printed and the review status at the foot; not the
 * navigation, the search box, the language link or the feedback form. A condition page
 * fits on at most 3 sheets.
 */
class PrintedPagesInBrowserTest extends BrowserTest {

	@Test
	void everyConditionPageInBothLanguagesPrintsOnAtMostThreeLetterPages(@Autowired ContentLibrary library)
			throws IOException {
		Map<String, Integer> sheets = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			for (ContentPage condition : library.conditions(language)) {
				sheets.put(condition.path(), print(condition.path()).pages());
			}
		}
		assertThat(sheets).as("every condition page, English and Spanish").hasSizeGreaterThanOrEqualTo(16);
		assertThat(sheets).as("sheets of Letter paper per page")
			.allSatisfy((path, count) -> assertThat(count).as(path).isBetween(1, 3));
	}

	@Test
	void aPrintedPageKeepsItsCareCardsSourcesAndFootButNotTheSitesControls() throws IOException {
		Printed printed = print("/conditions/bells-palsy");
		// Words as a reader sees them, whatever the lines they were broken into.
		String text = printed.text().replaceAll("\\s+", " ");
		assertThat(text).as("the care cards keep their words")
			.contains("Call 911 now if:", "Get help today if:", "See a doctor soon");
		// An address may break anywhere across lines on paper.
		assertThat(printed.text().replaceAll("\\s+", "")).as("each source's address is printed after it")
			.contains("(https://doi.org/10.1177/0194599813505967)", "(https://www.nhs.uk/conditions/bells-palsy/)");
		assertThat(text).as("the foot: the page's address, the phone number, the date printed, the review status")
			.contains("/conditions/bells-palsy", "(212) 434-4050", "Printed on ",
					"This page has not yet been checked by one of our clinicians");
		assertThat(text).as("none of the site's controls")
			.doesNotContain("Search this site", "Was this page helpful?", "Español", "Skip to main content",
					"Privacy notice");
	}

	private Printed print(String path) throws IOException {
		open(path);
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(27.94, 21.59));
		options.setBackground(true);
		byte[] pdf = Base64.getDecoder().decode(this.browser.print(options).getContent());
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("print" + path.replace('/', '-') + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document));
		}
	}

	/** What came out of the printer: how many sheets, and their words. */
	private record Printed(int pages, String text) {
	}

}
