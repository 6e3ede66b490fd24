package com.nyfacialparalysis.content.feedback;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.FormProblems.Problem;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.PageMeta;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * "Was this page helpful?" at the foot of every content page: a plain form that works
 * without JavaScript, then a thank-you page (post, then redirect with 303, then get).
 *
 * <p>
 * The form sits on pages served from memory to readers who have no cookie, so it carries
 * no CSRF token. In its place: the browser's {@code Origin} (or {@code Referer}) must be
 * this site ({@link SameSiteCheck}), each client address may send 20 answers an hour, the
 * body is limited to 8 KB (the shared body-size limit, registered in
 * FeedbackConfiguration), and a hidden trap field catches robots. Nothing that names the
 * reader is stored, and the answer gives no cookie.
 */
@Controller
class FeedbackController {

	static final String ADDRESS = "/feedback";

	static final String VIEW_FORM = "feedback/form";

	static final String VIEW_THANKS = "feedback/thanks";

	static final String VIEW_TOO_MANY = "feedback/too-many";

	private static final List<String> FIELD_ORDER = List.of("helpful", "comment");

	private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

	private final ContentLibrary library;

	private final ReaderFeedback feedback;

	private final FeedbackLimiter limiter;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final FormProblems problems;

	FeedbackController(ContentLibrary library, ReaderFeedback feedback, FeedbackLimiter limiter,
			ClinicProperties clinic, MessageSource messages, FormProblems problems) {
		this.library = library;
		this.feedback = feedback;
		this.limiter = limiter;
		this.clinic = clinic;
		this.messages = messages;
		this.problems = problems;
	}

	@InitBinder("feedbackForm")
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("page", "helpful", "comment", "website");
	}

	/** Where a Spanish page's answer is sent ({@link SitePage#FEEDBACK} in Spanish). */
	static final String SPANISH_ADDRESS = "/es/opinion";

	@PostMapping({ ADDRESS, SPANISH_ADDRESS })
	Object send(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (!SameSiteCheck.sentFromThisSite(request, this.clinic.siteUrl())) {
			log.info("Feedback refused: not sent from a page of this site");
			response.sendError(HttpStatus.FORBIDDEN.value());
			return null;
		}
		Optional<ContentPage> page = PageKey.parse(form.getPage()).flatMap(this.library::find);
		if (page.isEmpty()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		if (!this.limiter.countAndAllow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			model.addAttribute("page", page.get());
			model.addAttribute("noindex", true);
			model.addAttribute("languageLink", twinOrHome(page.get()));
			return VIEW_TOO_MANY;
		}
		if (form.caughtInTrap()) {
			// A robot is thanked like anyone else, and nothing is kept.
			return toThanks(page.get());
		}
		if (result.hasErrors()) {
			List<Problem> problems = problems(result);
			if (problems.isEmpty()) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return null;
			}
			return showForm(page.get(), problems, model);
		}
		this.feedback.receive(page.get().key(), form.isHelpfulAnswer(), form.getComment());
		return toThanks(page.get());
	}

	@GetMapping({ ADDRESS + "/thanks", SPANISH_ADDRESS + "/thanks" })
	String thanks(@RequestParam(name = "page", required = false) String key, Model model) {
		Optional<ContentPage> page = PageKey.parse(key).flatMap(this.library::find);
		model.addAttribute("page", page.orElse(null));
		// The same thanks in the other language, for the same page in it.
		page.flatMap(this.library::translation)
			.ifPresent((twin) -> model.addAttribute("languageLink", thanksAddress(twin)));
		model.addAttribute("meta", PageMeta.of(message("feedback.thanks.title"), message("feedback.thanks.title"),
				SitePage.FEEDBACK.path(Language.current()) + "/thanks"));
		model.addAttribute("noindex", true);
		return VIEW_THANKS;
	}

	private String showForm(ContentPage page, List<Problem> problems, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("languageLink", twinOrHome(page));
		FormProblems.show(model, problems);
		model.addAttribute("noindex", true);
		String title = this.messages.getMessage("feedback.form.title", new Object[] { page.title() },
				LocaleContextHolder.getLocale());
		model.addAttribute("meta",
				PageMeta.of(title, title, ADDRESS).withErrorTitle(message("consultation.errorPrefix")));
		return VIEW_FORM;
	}

	/**
	 * The page the reader was answering about, in the other language, or the other
	 * language's home page.
	 */
	private String twinOrHome(ContentPage page) {
		return this.library.translation(page)
			.map(ContentPage::path)
			.orElse(SitePage.HOME.path(page.language().other()));
	}

	private static String thanksAddress(ContentPage page) {
		return UriComponentsBuilder.fromPath(SitePage.FEEDBACK.path(page.language()) + "/thanks")
			.queryParam("page", page.key().toString())
			.build()
			.toUriString();
	}

	private View toThanks(ContentPage page) {
		RedirectView thanks = new RedirectView(thanksAddress(page), true);
		thanks.setStatusCode(HttpStatus.SEE_OTHER);
		thanks.setExposeModelAttributes(false);
		return thanks;
	}

	/**
	 * One problem per field of the form (the others are not the reader's doing), in the
	 * order the fields appear, each linked to its element.
	 */
	private List<Problem> problems(BindingResult result) {
		return this.problems.of(result, FIELD_ORDER)
			.stream()
			.filter((problem) -> FIELD_ORDER.contains(problem.field()))
			.map((problem) -> problem.linkedTo("helpful".equals(problem.field()) ? "feedback-yes" : "feedback-comment"))
			.toList();
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
