package com.nyfacialparalysis.consultation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.nyfacialparalysis.system.CookieJar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A patient sending the consultation form through MockMvc, for tests elsewhere that need
 * a request stored the way the form stores it: a new visitor each time, with the form's
 * own one-time token, answered with 303; the reference is read from the confirmation
 * page, as the patient reads it.
 */
public final class FormByMockMvc {

	private FormByMockMvc() {
	}

	/**
	 * A request by phone about "not sure", with no sudden weakness; returns its
	 * reference.
	 */
	public static String sendByPhone(MockMvc mvc, String fullName, String phone) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", fullName);
		fields.put("phone", phone);
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", "NO");
		fields.put("concern", "not-sure");
		fields.put("consent", "true");
		return send(mvc, fields);
	}

	/** Sends the fields given (the one-time token is added); returns the reference. */
	public static String send(MockMvc mvc, Map<String, String> fields) throws Exception {
		CookieJar session = new CookieJar();
		MockHttpServletRequestBuilder request = post("/consultation").with(csrf())
			.with(session)
			.param("submissionToken", FormTokens.fromForm(mvc));
		fields.forEach(request::param);
		mvc.perform(request).andExpect(status().isSeeOther()).andDo(session);
		return Jsoup
			.parse(mvc.perform(get("/consultation/confirmation").with(session))
				.andDo(session)
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select(".reference")
			.text();
	}

}
