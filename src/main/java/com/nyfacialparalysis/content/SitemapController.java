package com.nyfacialparalysis.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}, for search engines: every public page
 * with the date it last changed, and the staff area kept out.
 */
@RestController
class SitemapController {

	/** Public addresses that are not content files, and change when the content does. */
	private static final List<String> OTHER_PAGES = List.of("/conditions", "/treatments", "/consultation", "/contact");

	private final ContentLibrary library;

	private final ClinicProperties clinic;

	SitemapController(ContentLibrary library, ClinicProperties clinic) {
		this.library = library;
		this.clinic = clinic;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		List<String[]> entries = new ArrayList<>();
		for (ContentPage page : this.library.all()) {
			entries.add(new String[] { page.path(), this.library.lastChanged(page).toString() });
		}
		LocalDate lastChanged = this.library.lastChanged();
		for (String path : OTHER_PAGES) {
			entries.add(new String[] { path, lastChanged.toString() });
		}
		entries.sort((a, b) -> a[0].compareTo(b[0]));
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String[] entry : entries) {
			xml.append("  <url><loc>")
				.append(HtmlUtils.htmlEscape(this.clinic.baseUrl() + entry[0]))
				.append("</loc><lastmod>")
				.append(entry[1])
				.append("</lastmod></url>\n");
		}
		xml.append("</urlset>\n");
		return xml.toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /staff/\nDisallow: /search\nDisallow: /consultation/\n\nSitemap: "
				+ this.clinic.baseUrl() + "/sitemap.xml\n";
	}

}
