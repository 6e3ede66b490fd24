package com.nyfacialparalysis.content;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.nyfacialparalysis.clinic.ClinicStructuredData;
import com.nyfacialparalysis.content.review.ContentReview;
import com.nyfacialparalysis.content.review.ReviewNotice;
import com.nyfacialparalysis.requests.RetentionProperties;
import com.nyfacialparalysis.system.PageMeta;

/**
 * The pages patients read: the front page, the conditions and treatments, what happens at
 * a first visit, and the privacy and accessibility statements. Each page that gives
 * health advice says whether a clinician has checked its current text.
 */
@Controller
class ContentController {

	static final String VIEW_HOME = "home";

	static final String VIEW_CONDITIONS = "conditions/list";

	static final String VIEW_CONDITION = "conditions/page";

	static final String VIEW_TREATMENTS = "treatments/list";

	static final String VIEW_TREATMENT = "treatments/page";

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

	@GetMapping("/")
	String home(Model model) {
		ContentPage home = this.library.get(PageKind.PAGE, "home");
		model.addAttribute("page", home);
		model.addAttribute("review", this.review.noticeFor(home));
		model.addAttribute("conditions", this.library.conditions());
		model.addAttribute("treatments", this.library.treatments());
		model.addAttribute("meta",
				PageMeta.of(home.title(), home.summary(), "/").withJsonLd(List.of(this.clinicData.medicalClinic())));
		return VIEW_HOME;
	}

	@GetMapping("/conditions")
	String conditions(Model model) {
		model.addAttribute("conditions", this.library.conditions());
		model.addAttribute("meta",
				PageMeta.of(message("conditions.title"), message("conditions.description"), "/conditions"));
		return VIEW_CONDITIONS;
	}

	@GetMapping("/conditions/{slug}")
	String condition(@PathVariable String slug, Model model) {
		return medicalPage(this.library.get(PageKind.CONDITION, slug), model, VIEW_CONDITION);
	}

	@GetMapping("/treatments")
	String treatments(Model model) {
		model.addAttribute("treatments", this.library.treatments());
		model.addAttribute("conditions", this.library.conditions());
		model.addAttribute("meta",
				PageMeta.of(message("treatments.title"), message("treatments.description"), "/treatments"));
		return VIEW_TREATMENTS;
	}

	@GetMapping("/treatments/{slug}")
	String treatment(@PathVariable String slug, Model model) {
		return medicalPage(this.library.get(PageKind.TREATMENT, slug), model, VIEW_TREATMENT);
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		return statement("privacy", model);
	}

	@GetMapping("/accessibility")
	String accessibility(Model model) {
		return statement("accessibility", model);
	}

	@GetMapping("/your-visit")
	String yourVisit(Model model) {
		statement("your-visit", model);
		return VIEW_YOUR_VISIT;
	}

	private String statement(String slug, Model model) {
		ContentPage page = this.library.get(PageKind.PAGE, slug);
		model.addAttribute("page", page);
		// The privacy notice states the retention period the clinic has configured, not a
		// copy of it.
		String retentionPeriod = this.retention.inWords();
		model.addAttribute("body",
				page.body().stream().map((part) -> part.replacing(RETENTION_PERIOD, retentionPeriod)).toList());
		if (page.clinicallyReviewed()) {
			model.addAttribute("review", this.review.noticeFor(page));
		}
		else {
			model.addAttribute("lastUpdated", this.versions.firstServed(page).orElse(null));
		}
		model.addAttribute("meta", PageMeta.of(page.title(), page.summary(), page.path()));
		return VIEW_PAGE;
	}

	private String medicalPage(ContentPage page, Model model, String view) {
		ReviewNotice notice = this.review.noticeFor(page);
		model.addAttribute("page", page);
		model.addAttribute("review", notice);
		model.addAttribute("related", this.library.relatedTo(page));
		model.addAttribute("meta",
				PageMeta.of(page.title(), page.summary(), page.path())
					.withJsonLd(this.structuredData.of(page, notice))
					.asArticle());
		return view;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
