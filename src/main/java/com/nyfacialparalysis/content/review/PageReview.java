package com.nyfacialparalysis.content.review;

import java.util.Optional;

import com.nyfacialparalysis.content.ContentPage;

/**
 * One page as the clinicians' desk lists it: where it stands, and its newest sign-off.
 *
 * @param page the page as the site serves it now (its {@code sha256()} is what a sign-off
 * must name)
 * @param state where it stands
 * @param latestSignOff its newest sign-off, or {@code null} if it has none
 */
public record PageReview(ContentPage page, ReviewState state, SignOff latestSignOff) {

	public Optional<SignOff> latest() {
		return Optional.ofNullable(this.latestSignOff);
	}

}
