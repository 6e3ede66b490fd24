package com.nyfacialparalysis.content.review;

/**
 * A run of text that is the same in both versions of a page, or was added or removed: how
 * the desk shows a clinician what changed since their sign-off.
 *
 * @param change unchanged, added or removed
 * @param text the words, with the spaces and line breaks between them as written
 */
public record WordRun(Change change, String text) {

	/**
	 * What happened to a run of words between the signed-off text and the current one.
	 */
	public enum Change {

		UNCHANGED, ADDED, REMOVED

	}

}
