package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.PreferredContact;
import com.nyfacialparalysis.requests.ReferenceGenerator;
import com.nyfacialparalysis.requests.RequestStatus;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.requests.SuddenWeakness;
import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consultation form as a person meets it: what it asks, what it says when something
 * is wrong, and what happens when it is sent.
 */
@SiteTest
class ConsultationFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredRequests requests;

	@Autowired
	SubmissionTokens tokens;

	@Test
	void showsEveryFieldWithAVisibleLabelAndAFreshOneTimeToken() throws Exception {
		Document first = page(this.mvc.perform(get("/consultation")).andExpect(status().isOk()).andReturn());
		for (String id : new String[] { "fullName", "phone", "email", "concern", "symptomDuration", "message",
				"bestTimeToCall", "consent", "suddenWeakness-YES", "preferredContact-PHONE" }) {
			assertThat(first.select("label[for=" + id + "]")).as("label for %s", id).hasSize(1);
		}
		assertThat(first.select("#fullName").attr("autocomplete")).isEqualTo("name");
		assertThat(first.select("#phone").attr("autocomplete")).isEqualTo("tel");
		assertThat(first.select("#email").attr("autocomplete")).isEqualTo("email");
		assertThat(first.select("#concern option")).extracting((o) -> o.attr("value"))
			.contains("hemifacial-spasm", "bells-palsy", "not-sure");
		assertThat(first.select("form a[href=/privacy]")).hasSize(1);
		assertThat(first.select("main .care-card--emergency").text()).contains("Call 911");
		Document second = page(this.mvc.perform(get("/consultation")).andReturn());
		assertThat(first.select("#submissionToken").val()).isNotBlank()
			.isNotEqualTo(second.select("#submissionToken").val());
	}

	@Test
	void hidesTheRobotTrapFromPeopleAndScreenReaders() throws Exception {
		Document form = page(this.mvc.perform(get("/consultation")).andReturn());
		var trap = form.selectFirst("#website");
		assertThat(trap.attr("tabindex")).isEqualTo("-1");
		assertThat(trap.attr("autocomplete")).isEqualTo("off");
		assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
	}

	@Test
	void theFormAndItsConfirmationAreNeverStoredByTheBrowserOrAProxy() throws Exception {
		this.mvc.perform(get("/consultation")).andExpect(header().string("Cache-Control", "no-store"));
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("no name", "fullName", "", "fullName", "Enter your full name"),
				Arguments.of("a name of only spaces", "fullName", "    ", "fullName", "Enter your full name"),
				Arguments.of("a name too long for the record", "fullName", "a".repeat(101), "fullName",
						"Full name must be 100 characters or fewer"),
				Arguments.of("a phone number that is not one", "phone", "call me maybe", "phone",
						"Enter a phone number, like (212) 555-0123"),
				Arguments.of("a phone number too short", "phone", "12345", "phone", "Enter a phone number"),
				Arguments.of("an email without an @", "email", "jane.example.com", "email",
						"Enter an email address in the correct format"),
				Arguments.of("an email without a domain", "email", "jane@localhost", "email",
						"Enter an email address in the correct format"),
				Arguments.of("no concern chosen", "concern", "", "concern", "Choose your main concern"),
				Arguments.of("a concern that is not on the list", "concern", "broken-leg", "concern",
						"Choose your main concern from the list"),
				Arguments.of("no answer to the 911 question", "suddenWeakness", "", "suddenWeakness",
						"Tell us whether this is happening now, or started in the last 24 hours without a doctor"),
				Arguments.of("an answer that is not an option", "suddenWeakness", "MAYBE", "suddenWeakness",
						"Choose one of the options given"),
				Arguments.of("no way of contact chosen", "preferredContact", "", "preferredContact",
						"Choose how you would like us to contact you"),
				Arguments.of("an answer the form no longer offers", "symptomDuration", "UNDER_A_WEEK",
						"symptomDuration", "Choose one of the options given"),
				Arguments.of("a made-up answer", "symptomDuration", "YESTERDAY", "symptomDuration",
						"Choose one of the options given"),
				Arguments.of("a message over 2,000 characters", "message", "x".repeat(2001), "message",
						"Your message must be 2,000 characters or fewer"),
				Arguments.of("no consent", "consent", "", "consent", "Tick the box to agree that we may contact you"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void refusesBadInputWithAClearMessageAndStoresNothing(String what, String field, String value, String errorField,
			String message) throws Exception {
		long before = this.requests.count();
		Document page = page(
				this.mvc.perform(valid().param(field, value).request()).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".error-summary a[href=#" + anchor(errorField) + "]").text()).contains(message);
		assertThat(page.select("#" + errorField + "-error").text()).contains(message);
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void needsAPhoneOrAnEmailToReachThePerson() throws Exception {
		Document page = page(this.mvc.perform(valid().param("phone", "").param("email", "").request()).andReturn());
		assertThat(page.select(".error-summary a[href=#phone]").text())
			.isEqualTo("Enter a phone number or an email address, so we can reach you");
	}

	@Test
	void needsThePreferredWayOfContactToBeFilledIn() throws Exception {
		Document byEmail = page(this.mvc.perform(
				valid().param("preferredContact", "EMAIL").param("email", "").param("phone", "212 555 0123").request())
			.andReturn());
		assertThat(byEmail.select("#email-error").text()).contains("Enter your email address");
		Document byPhone = page(this.mvc
			.perform(valid().param("preferredContact", "PHONE")
				.param("phone", "")
				.param("email", "jo@example.com")
				.request())
			.andReturn());
		assertThat(byPhone.select("#phone-error").text()).contains("Enter your phone number");
	}

	@Test
	void showsProblemsTheGovUkWayAndKeepsEverythingTyped() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/consultation").with(csrf())
				.param("fullName", "李小龍")
				.param("phone", "not a phone")
				.param("email", "lee@example.com")
				.param("preferredContact", "EMAIL")
				.param("concern", "hemifacial-spasm")
				.param("symptomDuration", "ONE_TO_SIX_MONTHS")
				.param("message", "My left eye twitches.")
				.param("bestTimeToCall", "MORNING")
				.param("consent", "true")
				.param("submissionToken", this.tokens.issue()))
			.andExpect(status().isOk())
			.andReturn();
		Document page = page(result);
		assertThat(page.title()).startsWith("Error: Ask for a consultation");
		var summary = page.selectFirst(".error-summary");
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.selectFirst("h2").text()).isEqualTo("There is a problem");
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#suddenWeakness-YES", "#phone");
		assertThat(page.select("#phone-error").text())
			.isEqualTo("Error: Enter a phone number, like (212) 555-0123 or +44 20 7946 0958");
		assertThat(page.select("#phone").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#phone").attr("aria-describedby")).contains("phone-error");
		assertThat(page.select("#fullName").val()).isEqualTo("李小龍");
		assertThat(page.select("#phone").val()).isEqualTo("not a phone");
		assertThat(page.select("#email").val()).isEqualTo("lee@example.com");
		assertThat(page.select("#preferredContact-EMAIL").hasAttr("checked")).isTrue();
		assertThat(page.select("#concern option[selected]").val()).isEqualTo("hemifacial-spasm");
		assertThat(page.select("#symptomDuration option[selected]").val()).isEqualTo("ONE_TO_SIX_MONTHS");
		assertThat(page.select("#message").text()).isEqualTo("My left eye twitches.");
		assertThat(page.select("#bestTimeToCall option[selected]").val()).isEqualTo("MORNING");
		assertThat(page.select("#consent").hasAttr("checked")).as("the consent box stays ticked").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "José Ñúñez", "李小龍", "Siobhán O'Connor-Ní Bhriain", "Владимир Иванов", "محمد علي" })
	void acceptsNamesInAnyScript(String name) throws Exception {
		String reference = submit(valid().param("fullName", name));
		assertThat(this.requests.findByReference(reference).orElseThrow().getFullName()).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "(212) 434-4050", "212-434-4050", "212.434.4050", "2124344050", "+1 212 434 4050",
			"+44 20 7946 0958", "(212) 434-4050 x123", "212 434 4050 ext. 12" })
	void acceptsPhoneNumbersInTheUsualForms(String phone) throws Exception {
		String reference = submit(valid().param("phone", phone));
		assertThat(this.requests.findByReference(reference).orElseThrow().getPhone()).isEqualTo(phone);
	}

	@Test
	void trimsSpacesAroundWhatWasTyped() throws Exception {
		String reference = submit(valid().param("fullName", "   Ann Lee  ").param("email", "  ann@example.com "));
		ConsultationRequest stored = this.requests.findByReference(reference).orElseThrow();
		assertThat(stored.getFullName()).isEqualTo("Ann Lee");
		assertThat(stored.getEmail()).isEqualTo("ann@example.com");
	}

	@Test
	void storesTheRequestThenRedirectsWith303ToAConfirmationWithoutPersonalDetails() throws Exception {
		long before = this.requests.count();
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).param("message", "Twitching since May").request())
			.andDo(session)
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/consultation/confirmation"));
		assertThat(this.requests.count()).isEqualTo(before + 1);
		Document confirmation = page(this.mvc.perform(get("/consultation/confirmation").with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn());
		String reference = confirmation.select(".reference").text();
		assertThat(reference)
			.matches("[" + ReferenceGenerator.ALPHABET + "]{4}-[" + ReferenceGenerator.ALPHABET + "]{4}");
		assertThat(this.requests.findByReference(reference)).isPresent();
		assertThat(confirmation.text()).doesNotContain("Maria Garcia", "maria@example.com", "555-0123",
				"Twitching since May");
		assertThat(confirmation.select("main").text()).contains("by 5:00 PM on").contains("New York time");
		assertThat(confirmation.select(".care-card--emergency")).as("no emergency advice when not urgent").isEmpty();
	}

	@Test
	void aSecondPressOfSendStoresOneRequestAndShowsTheSameReference() throws Exception {
		String token = this.tokens.issue();
		long before = this.requests.count();
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).param("submissionToken", token).request())
			.andDo(session)
			.andExpect(status().isSeeOther());
		String first = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn())
			.select(".reference")
			.text();
		CookieJar otherTab = new CookieJar();
		this.mvc.perform(valid().with(otherTab).param("submissionToken", token).request())
			.andDo(otherTab)
			.andExpect(status().isSeeOther());
		String second = page(
				this.mvc.perform(get("/consultation/confirmation").with(otherTab)).andDo(otherTab).andReturn())
			.select(".reference")
			.text();
		assertThat(second).isEqualTo(first);
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@Test
	void reloadingTheConfirmationShowsTheSameReferenceAndStoresNothingNew() throws Exception {
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).request()).andDo(session).andExpect(status().isSeeOther());
		long after = this.requests.count();
		String first = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn())
			.select(".reference")
			.text();
		String again = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn())
			.select(".reference")
			.text();
		assertThat(again).isEqualTo(first);
		assertThat(this.requests.count()).isEqualTo(after);
	}

	@Test
	void theConfirmationWithoutARequestSendsThePersonToTheForm() throws Exception {
		this.mvc.perform(get("/consultation/confirmation"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/consultation"));
	}

	@Test
	void suddenWeaknessMarksTheRequestUrgentAndTellsThePersonToCall911Now() throws Exception {
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).param("suddenWeakness", "YES").request())
			.andDo(session)
			.andExpect(status().isSeeOther());
		Document confirmation = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn());
		var main = confirmation.selectFirst("main");
		assertThat(main.child(0).hasClass("care-card--emergency")).as("911 advice comes first").isTrue();
		assertThat(main.child(0).text()).contains("Call 911 now", "do not drive yourself to the hospital",
				"Note the time the signs started");
		assertThat(main.child(0).select("a[href=tel:911]")).hasSize(1);
		String reference = confirmation.select(".reference").text();
		assertThat(this.requests.findByReference(reference).orElseThrow().isUrgent()).isTrue();
	}

	@Test
	void notBeingSureAboutSuddenWeaknessGetsTheSame911AdviceAndIsMarkedUrgent() throws Exception {
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).param("suddenWeakness", "NOT_SURE").request())
			.andDo(session)
			.andExpect(status().isSeeOther());
		Document confirmation = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn());
		var main = confirmation.selectFirst("main");
		assertThat(main.child(0).hasClass("care-card--emergency")).as("911 advice comes first").isTrue();
		assertThat(main.child(0).text()).contains("Call 911 now", "do not drive yourself to the hospital");
		assertThat(main.child(0).select("a[href=tel:911]")).hasSize(1);
		assertThat(confirmation.select("main a[href=/your-visit]")).as("the way to the first-visit page").hasSize(1);
		String reference = confirmation.select(".reference").text();
		assertThat(this.requests.findByReference(reference).orElseThrow().isUrgent()).isTrue();
	}

	@Test
	void refusesASubmissionWithoutTheCsrfTokenAndStoresNothing() throws Exception {
		long before = this.requests.count();
		this.mvc
			.perform(post("/consultation").param("fullName", "Maria Garcia")
				.param("phone", "212 555 0123")
				.param("preferredContact", "PHONE")
				.param("suddenWeakness", "NO")
				.param("concern", "not-sure")
				.param("consent", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aFilledRobotTrapIsKeptAsSpamButLooksLikeAnyOtherConfirmation() throws Exception {
		CookieJar session = new CookieJar();
		this.mvc.perform(valid().with(session).param("website", "http://spam.example").request())
			.andDo(session)
			.andExpect(status().isSeeOther());
		Document confirmation = page(
				this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn());
		String reference = confirmation.select(".reference").text();
		assertThat(this.requests.findByReference(reference).orElseThrow().getStatus()).isEqualTo(RequestStatus.SPAM);
	}

	@Test
	void aWrongMethodGetsACalmPageNotAnError() throws Exception {
		this.mvc.perform(put("/consultation").with(csrf())).andExpect(status().isMethodNotAllowed());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not-a-token", "0b6f9f3e-8d0e-4f57-9a57-6b6f1e0f6d2a" })
	void aTokenTheSiteDidNotIssueShowsTheFormAgainWithEverythingTyped(String token) throws Exception {
		long before = this.requests.count();
		Document page = page(this.mvc
			.perform(valid().param("submissionToken", token).param("message", "Twitching since May").request())
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".error-summary a[href=#send]").text())
			.isEqualTo("We could not accept the form as it was sent. Your answers are still here: "
					+ "check them and send it again");
		assertThat(page.select("#submissionToken-error").text()).contains("send it again");
		assertThat(page.select("#fullName").val()).isEqualTo("Maria Garcia");
		assertThat(page.select("#message").text()).isEqualTo("Twitching since May");
		assertThat(this.tokens.check(page.select("#submissionToken").val()).isValid())
			.as("the page shown carries a fresh token")
			.isTrue();
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aFormOpenForMoreThanADayIsShownAgainToBeSentOnceMore() throws Exception {
		long before = this.requests.count();
		String dayOld = this.tokens.issueAt(Instant.now().minus(Duration.ofHours(25)));
		Document page = page(this.mvc.perform(valid().param("submissionToken", dayOld).request())
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".error-summary").text()).contains("open for more than a day");
		assertThat(page.select("#fullName").val()).isEqualTo("Maria Garcia");
		assertThat(this.requests.count()).isEqualTo(before);
		String fresh = page.select("#submissionToken").val();
		submit(valid().param("submissionToken", fresh));
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@Test
	void aResendOfAStoredFormShowsItsReferenceEvenAfterTheDay() throws Exception {
		String dayOld = this.tokens.issueAt(Instant.now().minus(Duration.ofHours(25)));
		ConsultationForm sent = new ConsultationForm();
		sent.setFullName("Sent Yesterday");
		sent.setPhone("212 555 0100");
		sent.setPreferredContact(PreferredContact.PHONE);
		sent.setSuddenWeakness(SuddenWeakness.NO);
		sent.setConcern(ConsultationRequest.NOT_SURE);
		sent.setConsent(true);
		this.requests.save("KKKK-7777", this.tokens.check(dayOld).id(), sent.details(),
				Instant.now().minus(Duration.ofHours(24)));
		long before = this.requests.count();
		// The same form, sent again (a resend carries what was sent the first time).
		assertThat(submit(valid().param("submissionToken", dayOld)
			.param("fullName", "Sent Yesterday")
			.param("phone", "212 555 0100")
			.param("email", "")
			.param("concern", ConsultationRequest.NOT_SURE))).isEqualTo("KKKK-7777");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	private String submit(Form form) throws Exception {
		CookieJar session = new CookieJar();
		this.mvc.perform(form.with(session).request()).andDo(session).andExpect(status().isSeeOther());
		return page(this.mvc.perform(get("/consultation/confirmation").with(session)).andDo(session).andReturn())
			.select(".reference")
			.text();
	}

	/**
	 * A complete, valid request with a token the site issued; each test changes what it
	 * is about.
	 */
	Form valid() {
		return new Form(this.tokens.issue());
	}

	/** The fields of one submission, each set once. */
	static final class Form {

		private final Map<String, String> fields = new LinkedHashMap<>();

		private CookieJar session;

		Form(String token) {
			this.fields.put("submissionToken", token);
			this.fields.put("fullName", "Maria Garcia");
			this.fields.put("phone", "(212) 555-0123");
			this.fields.put("email", "maria@example.com");
			this.fields.put("preferredContact", "PHONE");
			this.fields.put("suddenWeakness", "NO");
			this.fields.put("concern", "hemifacial-spasm");
			this.fields.put("consent", "true");
		}

		Form param(String field, String value) {
			this.fields.put(field, value);
			return this;
		}

		Form with(CookieJar session) {
			this.session = session;
			return this;
		}

		MockHttpServletRequestBuilder request() {
			MockHttpServletRequestBuilder request = post("/consultation").with(csrf());
			this.fields.forEach(request::param);
			if (this.session != null) {
				request.with(this.session);
			}
			return request;
		}

	}

	private static String anchor(String field) {
		return switch (field) {
			case "suddenWeakness" -> "suddenWeakness-YES";
			case "preferredContact" -> "preferredContact-PHONE";
			default -> field;
		};
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
