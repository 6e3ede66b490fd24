package com.nyfacialparalysis.clinic;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.nyfacialparalysis.system.site.PageMeta;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * How to reach the clinic: address, phones, fax, hours and directions.
 */
@Controller
class ContactController {

	static final String VIEW = "contact";

	private final ClinicStructuredData structuredData;

	private final MessageSource messages;

	ContactController(ClinicStructuredData structuredData, MessageSource messages) {
		this.structuredData = structuredData;
		this.messages = messages;
	}

	@GetMapping({ "/contact", "/es/contacto" })
	String contact(Model model) {
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("meta",
				PageMeta
					.of(this.messages.getMessage("contact.title", null, locale),
							this.messages.getMessage("contact.description", null, locale), SitePage.CONTACT)
					.withJsonLd(List.of(this.structuredData.medicalClinic())));
		return VIEW;
	}

}
