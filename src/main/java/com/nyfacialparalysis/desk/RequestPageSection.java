package com.nyfacialparalysis.desk;

import org.springframework.ui.Model;

import com.nyfacialparalysis.requests.ConsultationRequest;

/**
 * A part of a request's page that another feature fills in (the call log, say), so the
 * desk's request page needs to know nothing about it. It adds only what the model does
 * not hold yet: a form sent back with a mistake keeps what was typed.
 */
public interface RequestPageSection {

	void addTo(ConsultationRequest request, Model model);

}
