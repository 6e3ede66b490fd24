package com.nyfacialparalysis.content;

import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of reviewed content, read from its Markdown file at start-up.
 *
 * @param kind condition, treatment or general page
 * @param slug the last part of its address
 * @param title the page's heading
 * @param summary one or two sentences for listings and the meta description
 * @param order where it stands in listings (lowest first)
 * @param clinicallyReviewed whether a clinician checks it and readers see its review
 * state (every condition and treatment, and the general pages that give health advice)
 * @param reviewInterval how long a clinician's sign-off holds before the page is due for
 * review again
 * @param schemaType the schema.org type of what a treatment page is about
 * @param urgentAdvice whether the "call 911" box comes first on the page
 * @param related slugs of the treatments (for a condition) or conditions (for a
 * treatment)
 * @param alsoKnownAs true other names of what the page is about, given to search engines
 * @param searchTerms other words people search with, used only by the site's own search
 * @param sources references
 * @param body the body in reading order: prose, care cards and illustrations
 * @param text the body as plain text, for search and readability checks
 * @param fileContent the file exactly as written, header and all: what a clinician signs
 * off
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record ContentPage(PageKind kind, String slug, String title, String summary, int order,
		boolean clinicallyReviewed, Period reviewInterval, String schemaType, boolean urgentAdvice,
		List<String> related, List<String> alsoKnownAs, List<String> searchTerms, List<Source> sources,
		List<BodyPart> body, String text, String fileContent, String sha256) {

	/** Which page this is, as sign-offs and feedback name it. */
	public PageKey key() {
		return new PageKey(this.kind, this.slug);
	}

	/** The page's address on the site. */
	public String path() {
		return switch (this.kind) {
			case CONDITION -> "/conditions/" + this.slug;
			case TREATMENT -> "/treatments/" + this.slug;
			case PAGE -> "home".equals(this.slug) ? "/" : "/" + this.slug;
		};
	}

	/**
	 * The rendered prose and care cards, one after another, without the template's
	 * framing.
	 */
	public String html() {
		return this.body.stream().map(BodyPart::html).collect(Collectors.joining());
	}

	/** The illustrations the page shows. */
	public List<Illustration> illustrations() {
		return this.body.stream().map(BodyPart::illustration).filter((illustration) -> illustration != null).toList();
	}

}
