package com.nyfacialparalysis.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}, for search engines: every public page,
 * each content page with the day this site first served its current text
 * ({@link PublishedVersions}), and the staff area kept out.
 */
@RestController
class SitemapController {

	/** Public addresses that are not content files. */
	private static final List<String> OTHER_PAGES = List.of("/conditions", "/treatments", "/consultation", "/contact");

	private final ContentLibrary library;

	private final PublishedVersions versions;

	private final ClinicProperties clinic;

	SitemapController(ContentLibrary library, PublishedVersions versions, ClinicProperties clinic) {
		this.library = library;
		this.versions = versions;
		this.clinic = clinic;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		Map<String, Optional<LocalDate>> entries = new TreeMap<>();
		for (ContentPage page : this.library.all()) {
			entries.put(page.path(), this.versions.firstServed(page));
		}
		// What these pages show comes from templates as well as files: when they last
		// changed is not known, so no date is given.
		for (String path : OTHER_PAGES) {
			entries.put(path, Optional.empty());
		}
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		entries.forEach((path, lastChanged) -> {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.clinic.baseUrl() + path)).append("</loc>");
			lastChanged.ifPresent((date) -> xml.append("<lastmod>").append(date).append("</lastmod>"));
			xml.append("</url>\n");
		});
		xml.append("</urlset>\n");
		return xml.toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /staff/\nDisallow: /search\nDisallow: /consultation/\n\nSitemap: "
				+ this.clinic.baseUrl() + "/sitemap.xml\n";
	}

}
