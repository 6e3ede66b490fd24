package com.nyfacialparalysis.desk.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.feedback.FeedbackComment;
import com.nyfacialparalysis.content.feedback.HelpfulCount;
import com.nyfacialparalysis.content.feedback.ReaderFeedback;
import com.nyfacialparalysis.content.review.ContentReview;
import com.nyfacialparalysis.content.review.ReviewState;
import com.nyfacialparalysis.content.review.SignOff;

/**
 * The lines of the Content screen: the pages clinicians review, most urgent first, and
 * the other pages, each with readers' answers of the last 90 days and the comments still
 * to deal with.
 */
@Component
class ContentOverview {

	private final ContentReview review;

	private final ContentLibrary library;

	private final ReaderFeedback feedback;

	ContentOverview(ContentReview review, ContentLibrary library, ReaderFeedback feedback) {
		this.review = review;
		this.library = library;
		this.feedback = feedback;
	}

	/** Both lists at once, from one reading of the answers. */
	Overview read() {
		Map<PageKey, HelpfulCount> counts = this.feedback.helpfulCounts()
			.stream()
			.collect(Collectors.toMap(HelpfulCount::page, Function.identity()));
		Map<PageKey, Long> open = this.feedback.comments()
			.stream()
			.filter((comment) -> !comment.dealtWith())
			.collect(Collectors.groupingBy(FeedbackComment::page, Collectors.counting()));
		List<PageRow> reviewed = this.review.pages()
			.stream()
			.map((page) -> row(page.page(), page.state(), page.latestSignOff(), counts, open)
				.withEnglishNewer(this.review.englishNewerThanReview(page.page()).isPresent()))
			.toList();
		List<PageRow> others = this.library.everyLanguage()
			.stream()
			.filter((page) -> !page.clinicallyReviewed())
			.map((page) -> row(page, null, null, counts, open))
			.toList();
		return new Overview(reviewed, others);
	}

	/** Readers' yes and no answers to one page over the last 90 days. */
	HelpfulCount answersTo(PageKey page) {
		return this.feedback.helpfulCounts()
			.stream()
			.filter((count) -> count.page().equals(page))
			.findFirst()
			.orElse(new HelpfulCount(page, 0, 0));
	}

	private static PageRow row(ContentPage page, ReviewState state, SignOff latest, Map<PageKey, HelpfulCount> counts,
			Map<PageKey, Long> open) {
		HelpfulCount count = counts.get(page.key());
		return new PageRow(page, state, latest, (count != null) ? count.yes() : 0, (count != null) ? count.no() : 0,
				open.getOrDefault(page.key(), 0L));
	}

	/**
	 * The Content screen's two lists.
	 *
	 * @param reviewed the pages clinicians review, most urgent first
	 * @param others the pages they do not
	 */
	record Overview(List<PageRow> reviewed, List<PageRow> others) {

		long needingReview() {
			return this.reviewed.stream().filter((row) -> row.state().needsReview()).count();
		}

	}

}
