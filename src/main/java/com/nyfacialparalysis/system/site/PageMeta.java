package com.nyfacialparalysis.system.site;

/**
 * What the layout needs to describe a page to browsers, search engines and link previews.
 *
 * @param title the page's own title (the layout adds the clinic's name)
 * @param description the meta description
 * @param path the page's canonical address on the site
 * @param ogType the Open Graph type ({@code website} or {@code article})
 * @param jsonLd structured data for the page, already serialised, or {@code null}
 * @param language the language the page is written in
 * @param translation the address of the same page in the other language, or {@code null}
 * when it has none
 */
public record PageMeta(String title, String description, String path, String ogType, String jsonLd, Language language,
		String translation) {

	public static PageMeta of(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", null, Language.current(), null);
	}

	/**
	 * A page of the registry, at its address in the language being answered, with its
	 * twin in the other language.
	 */
	public static PageMeta of(String title, String description, SitePage page) {
		Language language = Language.current();
		return new PageMeta(title, description, page.path(language), "website", null, language,
				page.path(language.other()));
	}

	public PageMeta withJsonLd(Object structuredData) {
		return new PageMeta(this.title, this.description, this.path, this.ogType, JsonLd.write(structuredData),
				this.language, this.translation);
	}

	public PageMeta asArticle() {
		return new PageMeta(this.title, this.description, this.path, "article", this.jsonLd, this.language,
				this.translation);
	}

	/** The same page, whose twin in the other language is at this address. */
	public PageMeta withTranslation(String path) {
		return new PageMeta(this.title, this.description, this.path, this.ogType, this.jsonLd, this.language, path);
	}

	/** The same page with its title marked as showing an error, as GOV.UK does. */
	public PageMeta withErrorTitle(String prefix) {
		return new PageMeta(prefix + this.title, this.description, this.path, this.ogType, this.jsonLd, this.language,
				this.translation);
	}

	/** The English version's address, or {@code null}. */
	public String englishPath() {
		return (this.language == Language.ENGLISH) ? this.path : this.translation;
	}

	/** The Spanish version's address, or {@code null}. */
	public String spanishPath() {
		return (this.language == Language.SPANISH) ? this.path : this.translation;
	}

	/** Whether the page exists in both languages, so hreflang links belong on it. */
	public boolean hasTranslation() {
		return this.translation != null;
	}

}
