package com.nyfacialparalysis.consultation;

import java.beans.PropertyEditorSupport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
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
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.requests.CallLanguage;
import com.nyfacialparalysis.requests.SymptomDuration;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.FormProblems.Problem;
import com.nyfacialparalysis.system.pagecache.BlankForms;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.PageMeta;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * The consultation request form: shown, checked, stored, and confirmed (post, then
 * redirect with 303, then get). Nothing about a visitor is kept on the server until a
 * valid request is stored: the form's one-time token is sealed, not stored
 * ({@link SubmissionTokens}), its CSRF token lives in a cookie, and the confirmation's
 * reference travels in a sealed cookie ({@link ReceiptCookie}), never in an address or a
 * session.
 */
@Controller
class ConsultationController {

	private static final Logger log = LoggerFactory.getLogger(ConsultationController.class);

	static final String VIEW_FORM = "consultation/form";

	static final String VIEW_CONFIRMATION = "consultation/confirmation";

	static final String VIEW_TOO_MANY = "consultation/too-many";

	private final ConsultationDesk desk;

	private final SubmissionLimiter limiter;

	private final SubmissionTokens tokens;

	private final ReceiptCookie receipts;

	private final Concerns concerns;

	private final ClinicHoursCalendar calendar;

	private final MessageSource messages;

	private final FormProblems problems;

	private final BlankForms blankForms;

	ConsultationController(ConsultationDesk desk, SubmissionLimiter limiter, SubmissionTokens tokens,
			ReceiptCookie receipts, Concerns concerns, ClinicHoursCalendar calendar, MessageSource messages,
			FormProblems problems, BlankForms blankForms) {
		this.desk = desk;
		this.limiter = limiter;
		this.tokens = tokens;
		this.receipts = receipts;
		this.concerns = concerns;
		this.calendar = calendar;
		this.messages = messages;
		this.problems = problems;
		this.blankForms = blankForms;
	}

	@InitBinder("consultationForm")
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(SymptomDuration.class, new OfferedAnswerEditor());
		binder.setAllowedFields("submissionToken", "fullName", "phone", "email", "preferredContact", "suddenWeakness",
				"concern", "symptomDuration", "message", "bestTimeToCall", "callLanguage", "otherLanguage",
				"interpreter", "consent", "website");
	}

	@ModelAttribute("concerns")
	Map<String, String> concerns() {
		return this.concerns.titles(LocaleContextHolder.getLocale());
	}

	/**
	 * The blank form, with a fresh one-time token: from a render kept for every visitor
	 * with only their own tokens written in ({@link BlankForms}), which is most of the
	 * cost of each request stored. Every other showing of the form (with problems, with
	 * what was typed) is rendered for its visitor alone.
	 */
	@GetMapping({ "/consultation", "/es/consulta" })
	View form(Model model, HttpServletResponse response) {
		ConsultationForm form = new ConsultationForm();
		form.setSubmissionToken(this.tokens.issue());
		form.setCallLanguage(CallLanguage.of(Language.current()));
		model.addAttribute("consultationForm", form);
		return this.blankForms.view(showForm(model, List.of(), response), form.getSubmissionToken());
	}

	@PostMapping({ "/consultation", "/es/consulta" })
	Object submit(@Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		SubmissionTokens.Token token = this.tokens.check(form.getSubmissionToken());
		boolean usedForOtherWords = false;
		if (token.isOurs()) {
			var earlier = this.desk.alreadyReceived(token.id(), form);
			if (earlier.isPresent() && earlier.get().sameForm()) {
				return toConfirmation(earlier.get().receipt(), request, response);
			}
			// Other words with a token already used (a form sent, then changed and sent
			// again from the browser's history): never the first request's confirmation,
			// and nothing stored until it is sent again.
			usedForOtherWords = earlier.isPresent();
		}
		String client = request.getRemoteAddr();
		if (this.limiter.isFull(client)) {
			return tooMany(client, model, response);
		}
		if (usedForOtherWords) {
			result.rejectValue("submissionToken", "consultation.submissionToken.used");
		}
		else if (!token.isValid()) {
			result.rejectValue("submissionToken",
					token.isOurs() ? "consultation.submissionToken.expired" : "consultation.submissionToken.notOurs");
		}
		if (result.hasErrors()) {
			if (usedForOtherWords || !token.isValid()) {
				form.setSubmissionToken(this.tokens.issue());
			}
			return showForm(model, problems(result), response);
		}
		try {
			return this.desk.receive(form, token.id(), client, Language.current())
				.<Object>map((receipt) -> toConfirmation(receipt, request, response))
				.orElseGet(() -> tooMany(client, model, response));
		}
		catch (ConsultationDesk.UsedForOtherWords ex) {
			form.setSubmissionToken(this.tokens.issue());
			result.rejectValue("submissionToken", "consultation.submissionToken.used");
			return showForm(model, problems(result), response);
		}
		catch (ConsultationDesk.NotStored | DataAccessException ex) {
			// The database is out of reach: nothing was stored, so the person keeps what
			// they typed and is asked to send it again.
			log.error("A consultation request could not be stored ({}); the form was shown again to be resent",
					ex.getClass().getSimpleName());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			result.rejectValue("submissionToken", "consultation.notStored");
			return showForm(model, problems(result), response);
		}
	}

	/**
	 * A form the CSRF check refused (its cookie gone with a browser restart, say),
	 * forwarded here by the site's security configuration with status 403: shown again
	 * with everything typed and a fresh CSRF token, nothing stored.
	 */
	@PostMapping({ "/consultation/sent-back", "/es/consulta/devuelto" })
	String sentBack(@ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!this.tokens.check(form.getSubmissionToken()).isValid()) {
			form.setSubmissionToken(this.tokens.issue());
		}
		result.rejectValue("submissionToken", "consultation.submissionToken.refused");
		return showForm(model, problems(result), response);
	}

	@GetMapping({ "/consultation/confirmation", "/es/consulta/confirmacion" })
	Object confirmation(HttpServletRequest request, Model model, HttpServletResponse response) {
		var found = this.receipts.reference(request).flatMap(this.desk::receiptFor);
		if (found.isEmpty()) {
			RedirectView back = new RedirectView(SitePage.CONSULTATION.path(Language.current()), true);
			back.setStatusCode(HttpStatus.SEE_OTHER);
			return back;
		}
		ConsultationDesk.Receipt receipt = found.get();
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("receipt", receipt);
		model.addAttribute("callBackBy",
				this.calendar.callBackBy(receipt.receivedAt())
					.format(DateTimeFormatter.ofPattern(message("consultation.confirmation.timeFormat"),
							LocaleContextHolder.getLocale())));
		model.addAttribute("noindex", true);
		return VIEW_CONFIRMATION;
	}

	private String tooMany(String client, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.limiter.secondsUntilNext(client)));
		model.addAttribute("noindex", true);
		return VIEW_TOO_MANY;
	}

	private String showForm(Model model, List<Problem> problems, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (model.getAttribute("consultationForm") instanceof ConsultationForm form && form.getCallLanguage() == null) {
			// Nothing chosen (a form from before the question): the page's own language.
			form.setCallLanguage(CallLanguage.of(Language.current()));
		}
		FormProblems.show(model, problems);
		PageMeta meta = PageMeta.of(message("consultation.title"), message("consultation.description"),
				SitePage.CONSULTATION);
		model.addAttribute("meta",
				problems.isEmpty() ? meta : meta.withErrorTitle(message("consultation.errorPrefix")));
		return VIEW_FORM;
	}

	private View toConfirmation(ConsultationDesk.Receipt receipt, HttpServletRequest request,
			HttpServletResponse response) {
		this.receipts.give(receipt.reference(), Language.current(), request, response);
		RedirectView confirmation = new RedirectView(SitePage.CONFIRMATION.path(Language.current()), true);
		confirmation.setStatusCode(HttpStatus.SEE_OTHER);
		confirmation.setExposeModelAttributes(false);
		return confirmation;
	}

	/**
	 * One problem per field, in the order the fields appear on the form, each linked to
	 * its element: for a group of radio buttons, its first option; for a form that has to
	 * be sent again, the Send button.
	 */
	private List<Problem> problems(BindingResult result) {
		return this.problems.of(result, ConsultationForm.FIELD_ORDER)
			.stream()
			.map((problem) -> problem.linkedTo(switch (problem.field()) {
				case "suddenWeakness" -> "suddenWeakness-YES";
				case "preferredContact" -> "preferredContact-PHONE";
				case "callLanguage" -> "callLanguage-ENGLISH";
				case "submissionToken" -> "send";
				default -> problem.field();
			}))
			.toList();
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	/**
	 * Reads "when did your symptoms begin?": only an answer the form offers today (an old
	 * one, or one made up, is a field error that keeps the rest of what was typed).
	 */
	private static final class OfferedAnswerEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			SymptomDuration answer = SymptomDuration.valueOf(text.strip());
			if (!answer.isOffered()) {
				throw new IllegalArgumentException("Not an answer the form offers");
			}
			setValue(answer);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? ((SymptomDuration) getValue()).name() : "";
		}

	}

}
