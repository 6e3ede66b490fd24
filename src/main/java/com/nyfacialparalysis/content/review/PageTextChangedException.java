package com.nyfacialparalysis.content.review;

import com.nyfacialparalysis.content.PageKey;

/**
 * A sign-off refused because the page's text is no longer the text the clinician checked
 * (a new version was deployed while they read it). Nothing was recorded; the desk shows
 * the page again.
 */
public class PageTextChangedException extends RuntimeException {

	private final PageKey page;

	PageTextChangedException(PageKey page) {
		super("The text of " + page + " changed since it was shown for review");
		this.page = page;
	}

	public PageKey page() {
		return this.page;
	}

}
