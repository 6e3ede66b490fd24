package com.nyfacialparalysis.system.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one registry of the site's public addresses: which pages exist, their English and
 * Spanish addresses, which are kept by the rendered-page cache, which the sitemap lists
 * and which {@code robots.txt} keeps search engines out of. The page cache, the sitemap,
 * {@code robots.txt}, the content checker's link check, the layout's links and the
 * language link all read it, so a page added here is added everywhere.
 *
 * <p>
 * A {@code *} in an address stands for one page's slug (the content pages); each such
 * page is listed in the sitemap by the content library, with the day its text was first
 * served.
 */
public enum SitePage {

	HOME("/", "/es/", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	CONDITIONS("/conditions", "/es/afecciones", Kept.PAGE, Listed.FIXED, Robots.ALLOW),

	CONDITION("/conditions/*", "/es/afecciones/*", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	TREATMENTS("/treatments", "/es/tratamientos", Kept.PAGE, Listed.FIXED, Robots.ALLOW),

	TREATMENT("/treatments/*", "/es/tratamientos/*", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	CONTACT("/contact", "/es/contacto", Kept.PAGE, Listed.FIXED, Robots.ALLOW),

	YOUR_VISIT("/your-visit", "/es/su-visita", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	PROTECTING_YOUR_EYE("/protecting-your-eye", "/es/proteger-su-ojo", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	PRIVACY("/privacy", "/es/privacidad", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	ACCESSIBILITY("/accessibility", "/es/accesibilidad", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	/** Free interpreters, and a line in each language we could confirm. */
	LANGUAGE_HELP("/language-help", "/es/ayuda-con-el-idioma", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	/** The notice of nondiscrimination (Section 1557). */
	NONDISCRIMINATION("/nondiscrimination", "/es/aviso-de-no-discriminacion", Kept.PAGE, Listed.CONTENT, Robots.ALLOW),

	/** The form; what lies below it (its confirmation) is no page for a search engine. */
	CONSULTATION("/consultation", "/es/consulta", Kept.NEVER, Listed.FIXED, Robots.DISALLOW_BELOW),

	CONFIRMATION("/consultation/confirmation", "/es/consulta/confirmacion", Kept.NEVER, Listed.NO, Robots.ALLOW),

	/**
	 * Where a form refused by the CSRF check is shown again (a forward, never a link).
	 */
	FORM_SENT_BACK("/consultation/sent-back", "/es/consulta/devuelto", Kept.NEVER, Listed.NO, Robots.ALLOW),

	SEARCH("/search", "/es/buscar", Kept.SEARCH, Listed.NO, Robots.DISALLOW),

	/** "Was this page helpful?": where the answer is sent, and its thanks below. */
	FEEDBACK("/feedback", "/es/opinion", Kept.NEVER, Listed.NO, Robots.DISALLOW),

	SITEMAP("/sitemap.xml", null, Kept.PAGE, Listed.NO, Robots.ALLOW),

	ROBOTS("/robots.txt", null, Kept.PAGE, Listed.NO, Robots.ALLOW),

	ASSETS("/assets/**", null, Kept.PAGE, Listed.NO, Robots.ALLOW),

	STAFF_DESK("/staff", null, Kept.NEVER, Listed.NO, Robots.DISALLOW_BELOW);

	/** Whether and how the rendered-page cache keeps a page. */
	enum Kept {

		/**
		 * Never from the rendered-page cache: forms, the desk. (The blank consultation
		 * form is kept apart, with holes for each visitor's tokens, by its controller.)
		 */
		NEVER,
		/** Rendered once and kept, its bytes the same for every reader. */
		PAGE,
		/** Kept by the words searched for, in a cache of its own. */
		SEARCH

	}

	/** How the sitemap lists a page. */
	public enum Listed {

		/** Not at all. */
		NO,
		/** By its address, with no date (its words come from templates too). */
		FIXED,
		/**
		 * By the content library, one entry per content file, with the day first served.
		 */
		CONTENT

	}

	/** What {@code robots.txt} says of a page. */
	enum Robots {

		ALLOW, DISALLOW, DISALLOW_BELOW

	}

	private final String english;

	private final String spanish;

	private final Kept kept;

	private final Listed listed;

	private final Robots robots;

	SitePage(String english, String spanish, Kept kept, Listed listed, Robots robots) {
		this.english = english;
		this.spanish = spanish;
		this.kept = kept;
		this.listed = listed;
		this.robots = robots;
	}

	/** The address in this language ({@code null} when the page has none in it). */
	public String path(Language language) {
		return (language == Language.SPANISH) ? this.spanish : this.english;
	}

	/** The address of the page with this slug, for an address with a {@code *}. */
	public String path(Language language, String slug) {
		String pattern = path(language);
		return (pattern == null) ? null : pattern.replace("*", slug);
	}

	/** Whether the page has a Spanish twin. */
	public boolean isInBothLanguages() {
		return this.spanish != null;
	}

	public Listed listed() {
		return this.listed;
	}

	/** Address patterns of the pages the rendered-page cache keeps. */
	public static List<String> keptPages() {
		return patterns(Kept.PAGE);
	}

	/** Addresses of the searches, each kept by its words. */
	public static List<String> keptSearches() {
		return patterns(Kept.SEARCH);
	}

	private static List<String> patterns(Kept kept) {
		List<String> patterns = new ArrayList<>();
		for (SitePage page : values()) {
			if (page.kept == kept) {
				patterns.add(page.english);
				if (page.spanish != null) {
					patterns.add(page.spanish);
				}
			}
		}
		return patterns;
	}

	/** The {@code Disallow} lines of {@code robots.txt}, in the registry's order. */
	public static List<String> disallowed() {
		List<String> lines = new ArrayList<>();
		for (SitePage page : values()) {
			for (String path : Arrays.asList(page.english, page.spanish)) {
				if (path == null) {
					continue;
				}
				if (page.robots == Robots.DISALLOW) {
					lines.add(path);
				}
				else if (page.robots == Robots.DISALLOW_BELOW) {
					lines.add(path + "/");
				}
			}
		}
		return lines;
	}

	/**
	 * Every address without a slug, in both languages: the pages a content file may link
	 * to besides the content pages themselves.
	 */
	public static List<String> fixedAddresses() {
		List<String> paths = new ArrayList<>();
		for (SitePage page : values()) {
			for (String path : Arrays.asList(page.english, page.spanish)) {
				if (path != null && !path.contains("*") && page != STAFF_DESK && page != FORM_SENT_BACK
						&& page != FEEDBACK) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

	/** The page at this exact address (one without a slug), and its language. */
	public static Optional<Map.Entry<SitePage, Language>> at(String path) {
		for (SitePage page : values()) {
			for (Language language : Language.values()) {
				if (path.equals(page.path(language))) {
					return Optional.of(Map.entry(page, language));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the language link of the page answered at this address leads: the same page
	 * in the other language when the registry knows it and a reader can open it,
	 * otherwise the other language's home page. A form sent back leads to the form; an
	 * address that is no page of the registry (a missing page, a slug) to the home page,
	 * since its twin is not known. Only the registry's own addresses come out, never what
	 * was asked for.
	 * @param path the address asked for, without a query
	 * @param language the language of the page answered
	 * @return an address of the site in the other language
	 */
	public static String languageLink(String path, Language language) {
		Language other = language.other();
		return at(path).filter((found) -> found.getValue() == language)
			.map(Map.Entry::getKey)
			.map((page) -> (page == FORM_SENT_BACK) ? CONSULTATION : page)
			.filter((page) -> page.isInBothLanguages() && page != FEEDBACK)
			.map((page) -> page.path(other))
			.orElse(HOME.path(other));
	}

	/**
	 * The addresses of the fixed pages in one language, by a name the templates use
	 * ({@code home}, {@code conditions}, {@code yourVisit}...).
	 */
	public static Map<String, String> pathsIn(Language language) {
		Map<String, String> paths = new LinkedHashMap<>();
		for (SitePage page : values()) {
			String path = page.path(language);
			if (path == null) {
				path = page.english;
			}
			if (!path.contains("*")) {
				paths.put(page.templateName(), path);
			}
		}
		return Map.copyOf(paths);
	}

	private String templateName() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

}
