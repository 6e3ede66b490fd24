package com.nyfacialparalysis.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of reviewed content, read from its Markdown file at start-up.
 *
 * @param kind condition, treatment or general page
 * @param slug the last part of its address
 * @param title the page's heading
 * @param summary one or two sentences for listings and the meta description
 * @param order where it stands in listings (lowest first)
 * @param lastReviewed when a clinician last checked it
 * @param nextReviewDue when it must be checked again (null for general pages)
 * @param reviewedBy who reviewed it
 * @param schemaType the schema.org type of what a treatment page is about
 * @param urgentAdvice whether the "call 911" box comes first on the page
 * @param related slugs of the treatments (for a condition) or conditions (for a
 * treatment)
 * @param alsoKnownAs other names people search for
 * @param sources references
 * @param html the body, rendered
 * @param text the body as plain text, for search and readability checks
 */
public record ContentPage(PageKind kind, String slug, String title, String summary, int order, LocalDate lastReviewed,
		LocalDate nextReviewDue, String reviewedBy, String schemaType, boolean urgentAdvice, List<String> related,
		List<String> alsoKnownAs, List<Source> sources, String html, String text) {

	/** The page's address on the site. */
	public String path() {
		return switch (this.kind) {
			case CONDITION -> "/conditions/" + this.slug;
			case TREATMENT -> "/treatments/" + this.slug;
			case PAGE -> "home".equals(this.slug) ? "/" : "/" + this.slug;
		};
	}

	public boolean isMedical() {
		return this.kind != PageKind.PAGE;
	}

}
