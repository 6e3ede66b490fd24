package com.nyfacialparalysis.content;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

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
 * @param language the language it is written in
 * @param translationOf for a translation, the slug of the English page it translates; for
 * an English page, its own slug
 */
public record ContentPage(PageKind kind, String slug, String title, String summary, int order,
		boolean clinicallyReviewed, Period reviewInterval, String schemaType, boolean urgentAdvice,
		List<String> related, List<String> alsoKnownAs, List<String> searchTerms, List<Source> sources,
		List<BodyPart> body, String text, String fileContent, String sha256, Language language, String translationOf) {

	/** The general pages the registry of addresses knows, by their English slugs. */
	private static final Map<String, SitePage> GENERAL_PAGES = Map.of("home", SitePage.HOME, "privacy",
			SitePage.PRIVACY, "accessibility", SitePage.ACCESSIBILITY, "your-visit", SitePage.YOUR_VISIT,
			"protecting-your-eye", SitePage.PROTECTING_YOUR_EYE);

	/**
	 * Which page this is, as sign-offs and feedback name it. A translation has a slug of
	 * its own (the content checker refuses one that is also an English slug), so a
	 * Spanish page is signed off and commented on as a page of its own.
	 */
	public PageKey key() {
		return new PageKey(this.kind, this.slug);
	}

	/** The page's address on the site, from the registry of addresses. */
	public String path() {
		return switch (this.kind) {
			case CONDITION -> SitePage.CONDITION.path(this.language, this.slug);
			case TREATMENT -> SitePage.TREATMENT.path(this.language, this.slug);
			case PAGE -> generalPage().map((page) -> page.path(this.language))
				.orElse(SitePage.HOME.path(this.language) + this.slug);
		};
	}

	/** The registry's entry for a general page, by the English slug it is filed under. */
	Optional<SitePage> generalPage() {
		return Optional.ofNullable(GENERAL_PAGES.get(this.translationOf));
	}

	/** Whether this is the English original. */
	public boolean isEnglish() {
		return this.language == Language.ENGLISH;
	}

	/**
	 * The rendered prose and care cards, one after another, without the template's
	 * framing (and without the shared cards, whose words are the site's own).
	 */
	public String html() {
		return this.body.stream()
			.filter((part) -> part.kind() != BodyPart.Kind.SHARED_CARD)
			.map(BodyPart::html)
			.collect(Collectors.joining());
	}

	/** The illustrations the page shows. */
	public List<Illustration> illustrations() {
		return this.body.stream().map(BodyPart::illustration).filter((illustration) -> illustration != null).toList();
	}

}
