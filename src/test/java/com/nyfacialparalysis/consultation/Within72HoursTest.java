package com.nyfacialparalysis.consultation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The form's triage as the outside clinical read asked for it: 911 for what is happening
 * now (or began in the last 24 hours without a doctor), and for weakness that began in
 * the last 3 days, "see a doctor or urgent care today, do not wait for our call", before
 * the person sends and again on the confirmation, with the request marked at the desk.
 */
@SiteTest
class Within72HoursTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredRequests requests;

	@Autowired
	SubmissionTokens tokens;

	@Test
	void the911QuestionAsksWhatIsHappeningNowNotWhatBeganSuddenly() throws Exception {
		Element question = form("/consultation").selectFirst("#suddenWeakness-YES").closest("fieldset");
		String legend = question.selectFirst("legend").text();
		assertThat(legend).contains("happening now", "in the last 24 hours without a doctor seeing you")
			.doesNotContain("start suddenly");
		assertThat(question.text()).contains("call 911 now", "If a doctor has already seen you for it, answer no");
		Element pregunta = form("/es/consulta").selectFirst("#suddenWeakness-YES").closest("fieldset");
		assertThat(pregunta.selectFirst("legend").text()).contains("ahora mismo",
				"en las últimas 24 horas sin que lo viera un médico");
	}

	@Test
	void theFormAsksWhenTheSymptomsBeganAndSaysWhatToDoWithin72HoursBeforeItIsSent() throws Exception {
		Document form = form("/consultation");
		assertThat(form.selectFirst("label[for=symptomDuration]").text()).startsWith("When did your symptoms begin?");
		assertThat(form.select("#symptomDuration option")).extracting(Element::text)
			.containsExactly("Choose one", "In the last 3 days", "4 to 7 days ago", "1 to 4 weeks ago",
					"1 to 6 months ago", "More than 6 months ago", "I’m not sure");
		Element card = form.selectFirst("form .care-card--within-72-hours");
		assertThat(card).as("the 72-hour advice is on the form, before Send").isNotNull();
		assertThat(card.text()).contains("Get help today if: one side of your face became weak in the last 3 days",
				"See a doctor or go to urgent care today. Do not wait for a call back from us.",
				"Steroid medicine works best when it is started within 72 hours");
		assertThat(card.select("a[href=https://doi.org/10.1177/0194599813505967]")).as("its source").hasSize(1);
		assertThat(form.select("form .care-card--within-72-hours, form #send")).extracting(Element::id)
			.as("the advice comes before the Send button")
			.containsExactly("", "send");
		Document spanish = form("/es/consulta");
		assertThat(spanish.selectFirst("form .care-card--within-72-hours").text())
			.contains("se le debilitó un lado de la cara en los últimos 3 días", "No espere a que le devolvamos");
	}

	@Test
	void weaknessOfTheLast3DaysIsToldNotToWaitAndMarkedForTheDesk() throws Exception {
		Document confirmation = send("/consultation", "NO", "LAST_3_DAYS");
		Element main = confirmation.selectFirst("main");
		assertThat(main.child(0).hasClass("care-card--within-72-hours")).as("the advice comes first").isTrue();
		assertThat(main.child(0).text()).contains("See a doctor or go to urgent care today",
				"Do not wait for a call back from us", "72 hours");
		assertThat(confirmation.select(".care-card--emergency")).as("no 911 advice for a No").isEmpty();
		ConsultationRequest stored = stored(confirmation);
		assertThat(stored.isWithin72Hours()).isTrue();
		assertThat(stored.isUrgent()).isFalse();
	}

	@Test
	void theSpanishConfirmationSaysItInSpanish() throws Exception {
		Document confirmation = send("/es/consulta", "NO", "LAST_3_DAYS");
		assertThat(confirmation.selectFirst("main").child(0).text()).contains("Busque ayuda hoy si",
				"No espere a que le devolvamos la llamada");
		assertThat(stored(confirmation).isWithin72Hours()).isTrue();
	}

	@Test
	void aPalsyOfMonthsAgoIsNeitherTold911NorMarked() throws Exception {
		Document confirmation = send("/consultation", "NO", "ONE_TO_SIX_MONTHS");
		assertThat(confirmation.select(".care-card--emergency, .care-card--within-72-hours")).isEmpty();
		ConsultationRequest stored = stored(confirmation);
		assertThat(stored.isUrgent()).isFalse();
		assertThat(stored.isWithin72Hours()).isFalse();
	}

	@Test
	void aYesKeepsTheUrgent911PathAndOnlyThat() throws Exception {
		Document confirmation = send("/consultation", "YES", "LAST_3_DAYS");
		Element main = confirmation.selectFirst("main");
		assertThat(main.child(0).hasClass("care-card--emergency")).as("911 comes first").isTrue();
		assertThat(confirmation.select(".care-card--within-72-hours")).as("one thing to do: call 911").isEmpty();
		ConsultationRequest stored = stored(confirmation);
		assertThat(stored.isUrgent()).isTrue();
		assertThat(stored.isWithin72Hours()).isTrue();
	}

	private Document send(String address, String suddenWeakness, String began) throws Exception {
		CookieJar session = new CookieJar();
		var request = post(address).with(csrf())
			.param("submissionToken", this.tokens.issue())
			.param("fullName", "Ines Onset")
			.param("phone", "(212) 555-0199")
			.param("preferredContact", "PHONE")
			.param("suddenWeakness", suddenWeakness)
			.param("symptomDuration", began)
			.param("concern", "bells-palsy")
			.param("consent", "true")
			.with(session);
		this.mvc.perform(request).andDo(session).andExpect(status().isSeeOther());
		String confirmation = address.startsWith("/es/") ? "/es/consulta/confirmacion" : "/consultation/confirmation";
		return page(this.mvc.perform(get(confirmation).with(session)).andDo(session).andReturn());
	}

	private ConsultationRequest stored(Document confirmation) {
		return this.requests.findByReference(confirmation.select(".reference").text()).orElseThrow();
	}

	private Document form(String address) throws Exception {
		return page(this.mvc.perform(get(address)).andExpect(status().isOk()).andReturn());
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
