package com.nyfacialparalysis.content;

/**
 * One piece of a page's body, in reading order: plain prose, a care card, a shared card
 * (the site's own words, see {@link SharedCard}), or an illustration. The template
 * decides how each kind looks; the content file only says which kind it is.
 *
 * @param kind which of the four it is
 * @param html the rendered Markdown (prose and care cards), the shared card's name, or
 * empty for an illustration
 * @param level the care card's level, or {@code null}
 * @param illustration the drawing, or {@code null}
 */
public record BodyPart(Kind kind, String html, CareLevel level, Illustration illustration) {

	public enum Kind {

		PROSE, CARE_CARD, SHARED_CARD, ILLUSTRATION

	}

	static BodyPart prose(String html) {
		return new BodyPart(Kind.PROSE, html, null, null);
	}

	static BodyPart careCard(CareLevel level, String html) {
		return new BodyPart(Kind.CARE_CARD, html, level, null);
	}

	static BodyPart sharedCard(SharedCard card) {
		return new BodyPart(Kind.SHARED_CARD, card.key(), card.level(), null);
	}

	static BodyPart illustration(Illustration illustration) {
		return new BodyPart(Kind.ILLUSTRATION, "", null, illustration);
	}

	/**
	 * The same part with a placeholder in its text replaced, for values that come from
	 * settings.
	 */
	BodyPart replacing(String placeholder, String value) {
		return new BodyPart(this.kind, this.html.replace(placeholder, value), this.level, this.illustration);
	}

}
