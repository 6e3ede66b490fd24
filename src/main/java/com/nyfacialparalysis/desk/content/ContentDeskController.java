package com.nyfacialparalysis.desk.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.content.feedback.FeedbackComment;
import com.nyfacialparalysis.content.feedback.HelpfulCount;
import com.nyfacialparalysis.content.feedback.ReaderFeedback;
import com.nyfacialparalysis.content.review.ContentReview;
import com.nyfacialparalysis.content.review.PageReview;
import com.nyfacialparalysis.content.review.PageTextChangedException;
import com.nyfacialparalysis.content.review.ReviewState;
import com.nyfacialparalysis.content.review.WordRun;
import com.nyfacialparalysis.content.review.WordRun.Change;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * The Content screen ({@code /staff/content}, for clinicians and administrators): every
 * page with where it stands in its review, most urgent first, and what readers said of
 * it; and each page's screen: the page as readers see it, what changed since its last
 * sign-off, its sign-offs, readers' comments, and for a clinician the sign-off itself.
 */
@Controller
class ContentDeskController {

	/** The Content screen's address (the staff desk's security names it too). */
	static final String ADDRESS = "/staff/content";

	static final String VIEW_LIST = "staff/content/list";

	static final String VIEW_PAGE = "staff/content/page";

	private final ContentReview review;

	private final ContentOverview overview;

	private final ContentLibrary library;

	private final ReaderFeedback feedback;

	private final ContentDesk desk;

	private final StaffAccountRepository accounts;

	private final FormProblems problems;

	private final Clock clock;

	private final ZoneId zone;

	ContentDeskController(ContentReview review, ContentOverview overview, ContentLibrary library,
			ReaderFeedback feedback, ContentDesk desk, StaffAccountRepository accounts, FormProblems problems,
			Clock clock, ClinicProperties clinic) {
		this.review = review;
		this.overview = overview;
		this.library = library;
		this.feedback = feedback;
		this.desk = desk;
		this.accounts = accounts;
		this.problems = problems;
		this.clock = clock;
		this.zone = clinic.hours().zone();
	}

	/** The address of a page's screen on the desk. */
	static String pathOf(ContentPage page) {
		return ADDRESS + "/" + page.key();
	}

	@GetMapping(ADDRESS)
	String list(Model model) {
		ContentOverview.Overview overview = this.overview.read();
		model.addAttribute("pages", overview.reviewed());
		model.addAttribute("otherPages", overview.others());
		model.addAttribute("needingReview", overview.needingReview());
		return VIEW_LIST;
	}

	@GetMapping(ADDRESS + "/{folder}/{slug}")
	String page(@PathVariable String folder, @PathVariable String slug, Authentication signedIn, Model model) {
		ContentPage page = find(folder, slug);
		model.addAttribute("signOffForm", new SignOffForm());
		FormProblems.none(model);
		return show(page, signedIn, model);
	}

	@PostMapping(ADDRESS + "/{folder}/{slug}/sign-off")
	Object signOff(@PathVariable String folder, @PathVariable String slug,
			@Valid @ModelAttribute("signOffForm") SignOffForm form, BindingResult result, Authentication signedIn,
			Model model, RedirectAttributes flash) {
		ContentPage page = find(folder, slug);
		if (!page.clinicallyReviewed()) {
			throw new PageNotFoundException("review of " + page.key());
		}
		if (!form.getSha256().equals(page.sha256())) {
			return changedMeanwhile(page, signedIn, model);
		}
		if (!result.hasErrors()) {
			try {
				this.desk.signOff(page.key(), form.getSha256(), signedIn.getName());
				flash.addFlashAttribute("done", "staff.content.signedOff");
				return SeeOther.to(pathOf(page));
			}
			catch (PageTextChangedException ex) {
				return changedMeanwhile(page, signedIn, model);
			}
			catch (ContentDesk.NoNameForReaders ex) {
				this.problems.one(model, "sign-off-heading", "staff.content.noNameForReaders");
				return show(page, signedIn, model);
			}
		}
		this.problems.show(model, result, List.of("confirmed"));
		return show(page, signedIn, model);
	}

	@PostMapping(ADDRESS + "/{folder}/{slug}/comments/{id}/dealt-with")
	Object dealtWith(@PathVariable String folder, @PathVariable String slug, @PathVariable long id,
			Authentication signedIn, RedirectAttributes flash) {
		ContentPage page = find(folder, slug);
		boolean marked = this.desk.markDealtWith(page.key(), id, signedIn.getName());
		flash.addFlashAttribute("done", marked ? "staff.content.dealtWith" : "staff.content.alreadyDealtWith");
		return SeeOther.to(pathOf(page) + "#comments-heading");
	}

	/**
	 * The text is not the one the clinician was shown (a new version was deployed while
	 * they read it): nothing is recorded, and the page is shown again as it is now.
	 */
	private String changedMeanwhile(ContentPage page, Authentication signedIn, Model model) {
		model.addAttribute("signOffForm", new SignOffForm());
		this.problems.one(model, "confirmed", "staff.content.changedMeanwhile");
		return show(page, signedIn, model);
	}

	private String show(ContentPage page, Authentication signedIn, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("zone", this.zone);
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		if (page.clinicallyReviewed()) {
			PageReview pageReview = this.review.page(page.key());
			model.addAttribute("review", pageReview);
			model.addAttribute("history", this.review.history(page.key()));
			if (pageReview.state() == ReviewState.CHANGED_SINCE_REVIEW) {
				List<WordRun> runs = this.review.changesSinceReview(page.key()).orElseThrow();
				model.addAttribute("changes", ChangeShown.of(runs));
				model.addAttribute("wordsAdded", ChangeShown.words(runs, Change.ADDED));
				model.addAttribute("wordsRemoved", ChangeShown.words(runs, Change.REMOVED));
			}
			boolean clinician = holds(signedIn, Role.CLINICIAN);
			model.addAttribute("canSignOff", clinician);
			if (clinician) {
				StaffAccount account = this.accounts.findByUsername(signedIn.getName()).orElseThrow();
				model.addAttribute("reviewer", account.reviewer().orElse(null));
				model.addAttribute("signedOn", today);
				model.addAttribute("nextReviewDue", today.plus(page.reviewInterval()));
			}
		}
		HelpfulCount counts = this.overview.answersTo(page.key());
		List<FeedbackComment> comments = this.feedback.comments(page.key());
		Set<Long> dealers = comments.stream()
			.map(FeedbackComment::dealtWithBy)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		model.addAttribute("helpful", counts);
		model.addAttribute("comments", comments);
		model.addAttribute("dealtWithBy",
				this.accounts.findAllById(dealers)
					.stream()
					.collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName)));
		return VIEW_PAGE;
	}

	private ContentPage find(String folder, String slug) {
		return PageKey.parse(folder + "/" + slug)
			.flatMap(this.library::find)
			.orElseThrow(() -> new PageNotFoundException(folder + "/" + slug));
	}

	private static boolean holds(Authentication signedIn, Role role) {
		return signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(role.authority()::equals);
	}

}
