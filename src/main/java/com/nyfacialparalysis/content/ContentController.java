package com.nyfacialparalysis.content;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import com.nyfacialparalysis.clinic.ClinicStructuredData;
import com.nyfacialparalysis.clinic.RetentionProperties;
import com.nyfacialparalysis.content.review.ContentReview;
import com.nyfacialparalysis.content.review.ReviewNotice;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.PageMeta;
import com.nyfacialparalysis.system.site.SitePage;
import com.nyfacialparalysis.system.site.SpanishPreference;

/**
 * The pages patients read: the front page, the conditions and treatments, what happens at
 * a first visit, how to protect the eye when the face is weak, and the privacy and
 * accessibility statements. Each page that gives health advice says whether a clinician
 * has checked its current text.
 */
@Controller
class ContentController {

	static final String VIEW_HOME = "home";

	static final String VIEW_CONDITIONS = "conditions/list";

	static final String VIEW_MEDICAL_PAGE = "content/medical-page";

	static final String VIEW_TREATMENTS = "treatments/list";

	static final String VIEW_PAGE = "pages/page";

	static final String VIEW_YOUR_VISIT = "pages/your-visit";

	private final ContentLibrary library;

	private final MedicalPageStructuredData structuredData;

	private final ClinicStructuredData clinicData;

	private final MessageSource messages;

	private final RetentionProperties retention;

	private final ContentReview review;

	private final PublishedVersions versions;

	/** Written in a content file where the configured retention period belongs. */
	static final String RETENTION_PERIOD = "[[retention-period]]";

	ContentController(ContentLibrary library, MedicalPageStructuredData structuredData, ClinicStructuredData clinicData,
			MessageSource messages, RetentionProperties retention, ContentReview review, PublishedVersions versions) {
		this.library = library;
		this.structuredData = structuredData;
		this.clinicData = clinicData;
		this.messages = messages;
		this.retention = retention;
		this.review = review;
		this.versions = versions;
	}

	@GetMapping({ "/", "/es/" })
	String home(Model model, HttpServletRequest request, HttpServletResponse response) {
		Language language = Language.current();
		ContentPage home = this.library.general(language, "home");
		model.addAttribute("page", home);
		model.addAttribute("review", this.review.noticeFor(home));
		model.addAttribute("conditions", this.library.conditions(language));
		model.addAttribute("treatments", this.library.treatments(language));
		model.addAttribute("meta",
				PageMeta.of(home.title(), home.summary(), home.path())
					.withTranslation(translationPath(home))
					.withJsonLd(List.of(this.clinicData.medicalClinic())));
		if (language == Language.ENGLISH) {
			// A reader whose browser asks for Spanish first is told, on this page only,
			// that the site is in Spanish too; never sent there.
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			model.addAttribute("spanishNotice", SpanishPreference.of(request));
		}
		return VIEW_HOME;
	}

	/** The Spanish home page's address is {@code /es/}. */
	@GetMapping("/es")
	RedirectView spanishHome() {
		RedirectView home = new RedirectView(SitePage.HOME.path(Language.SPANISH), true);
		home.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return home;
	}

	@GetMapping({ "/conditions", "/es/afecciones" })
	String conditions(Model model) {
		model.addAttribute("conditions", this.library.conditions(Language.current()));
		model.addAttribute("meta",
				PageMeta.of(message("conditions.title"), message("conditions.description"), SitePage.CONDITIONS));
		return VIEW_CONDITIONS;
	}

	@GetMapping({ "/conditions/{slug}", "/es/afecciones/{slug}" })
	String condition(@PathVariable String slug, Model model) {
		return medicalPage(this.library.get(Language.current(), PageKind.CONDITION, slug), model);
	}

	@GetMapping({ "/treatments", "/es/tratamientos" })
	String treatments(Model model) {
		Language language = Language.current();
		model.addAttribute("treatments", this.library.treatments(language));
		model.addAttribute("conditions", this.library.conditions(language));
		model.addAttribute("meta",
				PageMeta.of(message("treatments.title"), message("treatments.description"), SitePage.TREATMENTS));
		return VIEW_TREATMENTS;
	}

	@GetMapping({ "/treatments/{slug}", "/es/tratamientos/{slug}" })
	String treatment(@PathVariable String slug, Model model) {
		return medicalPage(this.library.get(Language.current(), PageKind.TREATMENT, slug), model);
	}

	@GetMapping({ "/privacy", "/es/privacidad" })
	String privacy(Model model) {
		return statement("privacy", model);
	}

	@GetMapping({ "/accessibility", "/es/accesibilidad" })
	String accessibility(Model model) {
		return statement("accessibility", model);
	}

	@GetMapping({ "/your-visit", "/es/su-visita" })
	String yourVisit(Model model) {
		statement("your-visit", model);
		return VIEW_YOUR_VISIT;
	}

	@GetMapping({ "/protecting-your-eye", "/es/proteger-su-ojo" })
	String protectingYourEye(Model model) {
		return statement("protecting-your-eye", model);
	}

	private String statement(String englishSlug, Model model) {
		ContentPage page = this.library.general(Language.current(), englishSlug);
		model.addAttribute("page", page);
		// The privacy notice states the retention period the clinic has configured, not a
		// copy of it.
		String retentionPeriod = retentionPeriod(page.language());
		model.addAttribute("body",
				page.body().stream().map((part) -> part.replacing(RETENTION_PERIOD, retentionPeriod)).toList());
		if (page.clinicallyReviewed()) {
			model.addAttribute("review", this.review.noticeFor(page));
			model.addAttribute("englishIsNewer", englishIsNewer(page));
		}
		else {
			model.addAttribute("lastUpdated", this.versions.firstServed(page).orElse(null));
		}
		model.addAttribute("meta",
				PageMeta.of(page.title(), page.summary(), page.path()).withTranslation(translationPath(page)));
		return VIEW_PAGE;
	}

	private String medicalPage(ContentPage page, Model model) {
		ReviewNotice notice = this.review.noticeFor(page);
		model.addAttribute("page", page);
		model.addAttribute("review", notice);
		model.addAttribute("englishIsNewer", englishIsNewer(page));
		model.addAttribute("related", this.library.relatedTo(page));
		model.addAttribute("meta",
				PageMeta.of(page.title(), page.summary(), page.path())
					.withTranslation(translationPath(page))
					.withJsonLd(this.structuredData.of(page, notice))
					.asArticle());
		return VIEW_MEDICAL_PAGE;
	}

	private String translationPath(ContentPage page) {
		return this.library.translation(page).map(ContentPage::path).orElse(null);
	}

	/** The English page's address, when it changed after this translation was checked. */
	private String englishIsNewer(ContentPage page) {
		return this.review.englishNewerThanReview(page).map(ContentPage::path).orElse(null);
	}

	/** The retention period in the reader's words: "2 years", "2 años". */
	private String retentionPeriod(Language language) {
		return PeriodInWords.say(this.retention.keepClosed(), this.messages, language.locale());
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
