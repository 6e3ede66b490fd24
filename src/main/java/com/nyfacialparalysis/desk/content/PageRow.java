package com.nyfacialparalysis.desk.content;

import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.review.ReviewState;
import com.nyfacialparalysis.content.review.SignOff;

/**
 * One line of the Content screen: a page, where it stands in its review (for the pages
 * clinicians review), and what readers said of it.
 *
 * @param page the page
 * @param state where it stands, or {@code null} for a page clinicians do not review
 * @param latest its newest sign-off, or {@code null}
 * @param yes readers who found it helpful in the last 90 days
 * @param no readers who did not
 * @param openComments readers' comments not yet dealt with
 * @param englishNewer for a translation, whether its English original changed after the
 * translation's newest sign-off ("translation out of date")
 */
public record PageRow(ContentPage page, ReviewState state, SignOff latest, long yes, long no, long openComments,
		boolean englishNewer) {

	public PageRow(ContentPage page, ReviewState state, SignOff latest, long yes, long no, long openComments) {
		this(page, state, latest, yes, no, openComments, false);
	}

	/** The same row, marked as a translation whose original is newer (or not). */
	PageRow withEnglishNewer(boolean newer) {
		return new PageRow(this.page, this.state, this.latest, this.yes, this.no, this.openComments, newer);
	}

	/** The address of the page's screen on the desk. */
	public String deskPath() {
		return ContentDeskController.pathOf(this.page);
	}

}
