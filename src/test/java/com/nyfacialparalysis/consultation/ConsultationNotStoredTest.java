package com.nyfacialparalysis.consultation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.nyfacialparalysis.requests.ReferenceGenerator;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a request cannot be stored (the database out of reach, or every attempt failing),
 * the person is not shown an error page that loses what they typed: the form comes back
 * with everything in it and a message to send it again, and nothing is stored.
 */
@SiteTest
class ConsultationNotStoredTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubmissionTokens tokens;

	@Autowired
	StoredRequests requests;

	/** A spy on the real one, for every test that shares the site ({@link SiteTest}). */
	@Autowired
	ReferenceGenerator references;

	@AfterEach
	void working() {
		reset(this.references);
	}

	@Test
	void withTheDatabaseOutOfReachTheFormComesBackWithEverythingTyped() throws Exception {
		doThrow(new DataAccessResourceFailureException("database out of reach")).when(this.references).next();
		assertSentBack();
	}

	@Test
	void whenEveryAttemptFailsTheFormComesBackWithEverythingTyped() throws Exception {
		doReturn("AAAA-AAAA").when(this.references).next();
		sendForm("First One").andExpect(status().isSeeOther());
		// Every further attempt draws the same reference, which is taken.
		assertSentBack();
	}

	private void assertSentBack() throws Exception {
		long before = this.requests.count();
		Document page = Jsoup.parse(sendForm("Kept Typing").andExpect(status().isServiceUnavailable())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("could not save your request", "send it again");
		assertThat(page.select("#fullName").val()).isEqualTo("Kept Typing");
		assertThat(page.select("#message").text()).isEqualTo("Twitching since May");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	private ResultActions sendForm(String name) throws Exception {
		return this.mvc.perform(post("/consultation").with(csrf())
			.param("submissionToken", this.tokens.issue())
			.param("fullName", name)
			.param("phone", "212 555 0123")
			.param("preferredContact", "PHONE")
			.param("suddenWeakness", "NO")
			.param("concern", "not-sure")
			.param("message", "Twitching since May")
			.param("consent", "true"));
	}

}
