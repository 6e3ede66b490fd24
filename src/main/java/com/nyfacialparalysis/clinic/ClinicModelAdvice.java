package com.nyfacialparalysis.clinic;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers the clinic's facts to every page, so the header and footer can show them.
 */
@ControllerAdvice
class ClinicModelAdvice {

	private final ClinicProperties clinic;

	ClinicModelAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

}
