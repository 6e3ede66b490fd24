package com.nyfacialparalysis.system;

/**
 * What the layout needs to describe a page to browsers, search engines and link previews.
 *
 * @param title the page's own title (the layout adds the clinic's name)
 * @param description the meta description
 * @param path the page's canonical address on the site
 * @param ogType the Open Graph type ({@code website} or {@code article})
 * @param jsonLd structured data for the page, already serialised, or {@code null}
 */
public record PageMeta(String title, String description, String path, String ogType, String jsonLd) {

	public static PageMeta of(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", null);
	}

	public PageMeta withJsonLd(Object structuredData) {
		return new PageMeta(this.title, this.description, this.path, this.ogType, JsonLd.write(structuredData));
	}

	public PageMeta asArticle() {
		return new PageMeta(this.title, this.description, this.path, "article", this.jsonLd);
	}

	/** The same page with its title marked as showing an error, as GOV.UK does. */
	public PageMeta withErrorTitle(String prefix) {
		return new PageMeta(prefix + this.title, this.description, this.path, this.ogType, this.jsonLd);
	}

}
