package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.content.PublishedVersions;

/**
 * Clinical review of the content pages, for the staff desk: which pages need a clinician,
 * what changed since a page's last sign-off, and the sign-off itself, pinned to the exact
 * text the clinician checked. The desk decides who may sign (clinicians only) and writes
 * its audit log; this records what was signed and makes the pages say so.
 */
@Service
public class ContentReview {

	private static final Comparator<PageReview> MOST_URGENT_FIRST = Comparator.comparing(PageReview::state)
		.thenComparing((review) -> review.latest().map(SignOff::nextReviewDue).orElse(LocalDate.MAX));

	private final ContentLibrary library;

	private final SignOffRepository signOffs;

	private final LatestSignOffs latest;

	private final ApplicationEventPublisher events;

	private final PublishedVersions versions;

	ContentReview(ContentLibrary library, SignOffRepository signOffs, LatestSignOffs latest,
			ApplicationEventPublisher events, PublishedVersions versions) {
		this.library = library;
		this.versions = versions;
		this.signOffs = signOffs;
		this.latest = latest;
		this.events = events;
	}

	/**
	 * Records that a clinician checked this page's text for accuracy and safety. The
	 * sign-off keeps the text itself, its SHA-256, the clinician's account and name as
	 * they are now, the time, and the next review date (today plus the page's review
	 * interval). Once committed, the page shows the review on this instance at once and
	 * on the others within a minute.
	 * @param page the page signed off
	 * @param expectedSha256 the SHA-256 of the text the clinician was shown
	 * ({@link ContentPage#sha256()} when the review screen was drawn)
	 * @param clinicianId the clinician's staff account
	 * @param reviewer the clinician's name and job title, as readers will see them
	 * @return what was recorded
	 * @throws PageTextChangedException if the page's text is no longer the text shown to
	 * the clinician (nothing is recorded)
	 * @throws PageNotFoundException if there is no such page for clinicians to review
	 */
	@Transactional
	public SignOff signOff(PageKey page, String expectedSha256, long clinicianId, Reviewer reviewer) {
		ContentPage current = reviewable(page);
		if (!current.sha256().equals(expectedSha256)) {
			throw new PageTextChangedException(page);
		}
		Instant now = Instant.now(this.latest.clock());
		LocalDate signedOn = LocalDate.ofInstant(now, this.latest.zone());
		ContentSignOff row = this.signOffs.save(new ContentSignOff(page, current.sha256(), current.fileContent(),
				clinicianId, reviewer, now, signedOn.plus(current.reviewInterval())));
		SignOff signOff = row.toSignOff(this.latest.zone());
		this.events.publishEvent(new PageSignedOff(signOff));
		return signOff;
	}

	/**
	 * Every page a clinician reviews, with its state and newest sign-off: pages changed
	 * since their sign-off first, then pages never reviewed, then overdue reviews, then
	 * reviewed pages, each group by the date its review falls due.
	 */
	@Transactional(readOnly = true)
	public List<PageReview> pages() {
		Map<PageKey, SignOff> newest = this.signOffs.findLatestOfEveryPage()
			.stream()
			.map((summary) -> summary.toSignOff(this.latest.zone()))
			.collect(Collectors.toMap(SignOff::page, Function.identity()));
		LocalDate today = this.latest.today();
		return this.library.clinicallyReviewed()
			.stream()
			.map((page) -> review(page, newest.get(page.key()), today))
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	/** One page's state and newest sign-off. */
	@Transactional(readOnly = true)
	public PageReview page(PageKey key) {
		ContentPage page = reviewable(key);
		return review(page, newestRow(key).map((row) -> row.toSignOff(this.latest.zone())).orElse(null),
				this.latest.today());
	}

	/**
	 * How many pages need a clinician: changed, never reviewed, or overdue. Answered from
	 * memory, for the staff navigation on every desk page (up to 30 seconds behind a
	 * sign-off made on another instance).
	 */
	public long pagesNeedingReview() {
		LocalDate today = this.latest.today();
		return this.library.clinicallyReviewed()
			.stream()
			.filter((page) -> LatestSignOffs.stateOf(page, this.latest.of(page.key()), today).needsReview())
			.count();
	}

	/** Every sign-off of a page, newest first. */
	@Transactional(readOnly = true)
	public List<SignOff> history(PageKey key) {
		return this.signOffs.findHistory(key).stream().map((summary) -> summary.toSignOff(this.latest.zone())).toList();
	}

	/** The exact text of the page's newest sign-off, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> signedOffText(PageKey key) {
		return newestRow(key).map(ContentSignOff::getContent);
	}

	/**
	 * What changed, word by word, from the page's newest signed-off text to its current
	 * text; empty if it was never signed off. A page reviewed in its current form gives
	 * one unchanged run.
	 */
	@Transactional(readOnly = true)
	public Optional<List<WordRun>> changesSinceReview(PageKey key) {
		ContentPage page = reviewable(key);
		return signedOffText(key).map((signed) -> WordDifference.between(signed, page.fileContent()));
	}

	/** What the page's readers are told about its review (from memory, for rendering). */
	public ReviewNotice noticeFor(ContentPage page) {
		return this.latest.noticeFor(page);
	}

	/**
	 * The English original of a translation whose text changed after the translation's
	 * newest sign-off (the English text served now was first served after it), if so. A
	 * translation never signed off is not out of date, only not yet reviewed. Answered
	 * from memory.
	 */
	public Optional<ContentPage> englishNewerThanReview(ContentPage translation) {
		if (translation.isEnglish()) {
			return Optional.empty();
		}
		SignOff signOff = this.latest.of(translation.key());
		if (signOff == null) {
			return Optional.empty();
		}
		return this.library.translation(translation)
			.filter((english) -> this.versions.firstSeen(english)
				.map((changed) -> changed.isAfter(signOff.signedAt()))
				.orElse(false));
	}

	private Optional<ContentSignOff> newestRow(PageKey key) {
		return this.signOffs.findFirstByPageOrderByIdDesc(key);
	}

	private ContentPage reviewable(PageKey key) {
		return this.library.find(key)
			.filter(ContentPage::clinicallyReviewed)
			.orElseThrow(() -> new PageNotFoundException(String.valueOf(key)));
	}

	private static PageReview review(ContentPage page, SignOff newest, LocalDate today) {
		return new PageReview(page, LatestSignOffs.stateOf(page, newest, today), newest);
	}

}
