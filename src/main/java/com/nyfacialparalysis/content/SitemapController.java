package com.nyfacialparalysis.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}, for search engines, both from the
 * registry of addresses ({@link SitePage}): every public page in both languages, each
 * with its twin in the other language as an alternate, each content page with the day
 * this site first served its current text ({@link PublishedVersions}), and what
 * robots.txt keeps out.
 */
@RestController
class SitemapController {

	private final ContentLibrary library;

	private final PublishedVersions versions;

	private final ClinicProperties clinic;

	SitemapController(ContentLibrary library, PublishedVersions versions, ClinicProperties clinic) {
		this.library = library;
		this.versions = versions;
		this.clinic = clinic;
	}

	/**
	 * One address of the sitemap.
	 *
	 * @param lastChanged when its text last changed, if known
	 * @param english the English version's address, or {@code null}
	 * @param spanish the Spanish version's address, or {@code null}
	 */
	private record Entry(Optional<LocalDate> lastChanged, String english, String spanish) {
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		Map<String, Entry> entries = new TreeMap<>();
		for (ContentPage page : this.library.everyLanguage()) {
			String twin = this.library.translation(page).map(ContentPage::path).orElse(null);
			entries.put(page.path(), new Entry(this.versions.firstServed(page), page.isEnglish() ? page.path() : twin,
					page.isEnglish() ? twin : page.path()));
		}
		// What these pages show comes from templates as well as files: when they last
		// changed is not known, so no date is given.
		for (SitePage page : SitePage.values()) {
			if (page.listed() == SitePage.Listed.FIXED) {
				String english = page.path(Language.ENGLISH);
				String spanish = page.path(Language.SPANISH);
				Entry entry = new Entry(Optional.empty(), english, spanish);
				entries.put(english, entry);
				if (spanish != null) {
					entries.put(spanish, entry);
				}
			}
		}
		StringBuilder xml = new StringBuilder(8192);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		entries.forEach((path, entry) -> {
			xml.append("  <url><loc>").append(address(path)).append("</loc>");
			entry.lastChanged().ifPresent((date) -> xml.append("<lastmod>").append(date).append("</lastmod>"));
			if (entry.english() != null && entry.spanish() != null) {
				alternate(xml, "en", entry.english());
				alternate(xml, "es", entry.spanish());
				alternate(xml, "x-default", entry.english());
			}
			xml.append("</url>\n");
		});
		xml.append("</urlset>\n");
		return xml.toString();
	}

	private void alternate(StringBuilder xml, String language, String path) {
		xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
			.append(language)
			.append("\" href=\"")
			.append(address(path))
			.append("\"/>");
	}

	private String address(String path) {
		return HtmlUtils.htmlEscape(this.clinic.baseUrl() + path);
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		SitePage.disallowed().forEach((path) -> robots.append("Disallow: ").append(path).append('\n'));
		return robots.append("\nSitemap: ").append(this.clinic.baseUrl()).append("/sitemap.xml\n").toString();
	}

}
