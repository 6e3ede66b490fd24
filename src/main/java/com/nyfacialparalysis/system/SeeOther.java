package com.nyfacialparalysis.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The answer to a form sent successfully: 303 See Other, to a page to GET (post, then
 * redirect, then get), with nothing of the model in the address.
 */
public final class SeeOther {

	private SeeOther() {
	}

	public static RedirectView to(String address) {
		RedirectView view = new RedirectView(address, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

}
