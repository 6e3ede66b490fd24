package com.nyfacialparalysis.consultation;

import org.jsoup.Jsoup;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The one-time token of the consultation form, taken from the form as a browser takes it,
 * for tests elsewhere that send a request through MockMvc: the form accepts only tokens
 * the site issued.
 */
public final class FormTokens {

	private FormTokens() {
	}

	public static String fromForm(MockMvc mvc) throws Exception {
		String form = mvc.perform(get("/consultation")).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(form).select("#submissionToken").val();
	}

}
