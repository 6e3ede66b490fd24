package com.nyfacialparalysis.content.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;

/**
 * The newest sign-off of every page, kept in memory so that rendering a page asks the
 * database nothing; read again whenever the sign-offs change ({@link SignOffWatch}).
 */
@Component
class LatestSignOffs {

	private final SignOffRepository signOffs;

	private final Clock clock;

	private final ZoneId zone;

	private volatile Map<PageKey, SignOff> latest;

	LatestSignOffs(SignOffRepository signOffs, Clock clock, ClinicProperties clinic) {
		this.signOffs = signOffs;
		this.clock = clock;
		this.zone = clinic.hours().zone();
		this.latest = read();
	}

	/** Reads the newest sign-offs from the database again. */
	void refresh() {
		this.latest = read();
	}

	/** The page's newest sign-off, or null. */
	SignOff of(PageKey page) {
		return this.latest.get(page);
	}

	/** What a page's readers are told about its review today. */
	ReviewNotice noticeFor(ContentPage page) {
		SignOff signOff = this.latest.get(page.key());
		ReviewState state = stateOf(page, signOff, today());
		return page.clinicallyReviewed() && (state == ReviewState.REVIEWED || state == ReviewState.REVIEW_OVERDUE)
				? ReviewNotice.of(state, signOff) : ReviewNotice.notChecked(state);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	ZoneId zone() {
		return this.zone;
	}

	Clock clock() {
		return this.clock;
	}

	/**
	 * A page's state: only its newest sign-off counts, and only while the page's text is
	 * exactly the text signed off. (A page put back to an older signed-off text is not
	 * reviewed: the newer sign-off may have been of a correction.)
	 */
	static ReviewState stateOf(ContentPage page, SignOff latest, LocalDate today) {
		if (latest == null) {
			return ReviewState.NOT_REVIEWED;
		}
		if (!latest.sha256().equals(page.sha256())) {
			return ReviewState.CHANGED_SINCE_REVIEW;
		}
		return today.isAfter(latest.nextReviewDue()) ? ReviewState.REVIEW_OVERDUE : ReviewState.REVIEWED;
	}

	private Map<PageKey, SignOff> read() {
		return this.signOffs.findLatestOfEveryPage()
			.stream()
			.map((summary) -> summary.toSignOff(this.zone))
			.collect(Collectors.toUnmodifiableMap(SignOff::page, Function.identity()));
	}

}
