package com.nyfacialparalysis.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * A care card whose words are the site's own, not a page's: a content file places it with
 * an empty card ({@code ::: within-72-hours} then {@code :::}), and the form, its
 * confirmation and every page that places it show the same words, from the messages. Each
 * has its level, so it sits in the page's order of care cards like any other.
 */
public enum SharedCard {

	/**
	 * Facial weakness that began in the last 3 days: see a doctor or urgent care today,
	 * steroid medicine works best within 72 hours, do not wait for our call.
	 */
	WITHIN_72_HOURS("within-72-hours", CareLevel.GET_HELP_TODAY);

	private final String key;

	private final CareLevel level;

	SharedCard(String key, CareLevel level) {
		this.key = key;
		this.level = level;
	}

	/** The name a content file uses after {@code :::}, also the card's fragment name. */
	public String key() {
		return this.key;
	}

	public CareLevel level() {
		return this.level;
	}

	static Optional<SharedCard> named(String key) {
		return Arrays.stream(values()).filter((card) -> card.key.equals(key)).findFirst();
	}

}
