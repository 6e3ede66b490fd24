package com.nyfacialparalysis.desk;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.content.review.SignOffRows;
import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static com.nyfacialparalysis.desk.ContentDeskPeople.ana;
import static com.nyfacialparalysis.desk.ContentDeskPeople.boss;
import static com.nyfacialparalysis.desk.ContentDeskPeople.carl;
import static com.nyfacialparalysis.desk.ContentDeskPeople.rita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk's Content screen as clinicians and administrators use it: what a fresh site
 * claims (nothing), a clinician's sign-off and what readers then see, a page changed
 * since its sign-off and the words that changed, an overdue review, and who may sign off.
 * The site's clock stands at April 6, 2027.
 */
@SiteTest
class ContentDeskTest {

	private static final String NOT_CHECKED = "This page has not yet been checked by one of our clinicians.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentLibrary library;

	@Autowired
	SignOffWatch watch;

	@Autowired
	SettableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffAccountRepository staff;

	private ContentDeskPeople people;

	@BeforeEach
	void aFreshSiteWithAClinicianAReceptionistAndAnAdministrator() {
		this.clock.set(SettableClock.START);
		SignOffRows.noneYet(this.jdbc, this.watch);
		this.people = new ContentDeskPeople(this.accounts, this.staff);
		this.people.allHaveAccounts();
	}

	@Test
	void aFreshSiteClaimsNoReviewAndTheContentScreenListsEveryPageAsNotYetReviewed() throws Exception {
		Document screen = page(this.mvc.perform(get("/staff/content").with(ana())).andExpect(status().isOk()));
		int reviewed = this.library.clinicallyReviewed().size();
		assertThat(screen.select("table.content-table").first().select("tbody tr")).hasSize(reviewed);
		assertThat(screen.select("tbody tr .tag").eachText()).containsOnly("Not yet reviewed");
		assertThat(screen.select(".staff-bar a[href=/staff/content]").text())
			.isEqualTo("Content " + reviewed + " to review");
		assertThat(screen.select("main").text()).contains(reviewed + " pages need a clinician’s review");

		Document bells = publicPage("/conditions/bells-palsy");
		assertThat(bells.select(".page-review__status").text()).startsWith(NOT_CHECKED);
		assertThat(medicalWebPage(bells).has("reviewedBy")).isFalse();
	}

	@Test
	void theCorePatientPagesAreListedInBothLanguagesAsNotYetReviewed() throws Exception {
		Document screen = page(this.mvc.perform(get("/staff/content").with(ana())).andExpect(status().isOk()));
		for (String desk : new String[] { "/staff/content/conditions/ramsay-hunt-syndrome",
				"/staff/content/conditions/sindrome-de-ramsay-hunt",
				"/staff/content/conditions/synkinesis-and-facial-paralysis",
				"/staff/content/conditions/sincinesia-y-paralisis-facial", "/staff/content/pages/protecting-your-eye",
				"/staff/content/pages/proteger-su-ojo" }) {
			assertThat(screen.select("tr:has(a[href=" + desk + "]) .tag").text()).as(desk)
				.isEqualTo("Not yet reviewed");
		}
		assertThat(publicPage("/protecting-your-eye").select(".page-review__status").text()).startsWith(NOT_CHECKED);
	}

	@Test
	void aClinicianSignsOffAPageAndThePublicPageThenNamesThemAndTellsSearchEngines() throws Exception {
		ContentPage bells = this.library.get(PageKind.CONDITION, "bells-palsy");
		Document screen = page(this.mvc.perform(get("/staff/content/conditions/bells-palsy").with(ana())));
		assertThat(screen.select(".page-preview__frame").text()).contains(bells.title(), "What is it?");
		assertThat(screen.select(".sign-off-preview").text()).isEqualTo(
				"Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on April 6, 2027. Next review due April 2028.");
		String shown = screen.select("input[name=sha256]").val();
		assertThat(shown).isEqualTo(bells.sha256());

		this.mvc
			.perform(post("/staff/content/conditions/bells-palsy/sign-off").with(ana())
				.with(csrf())
				.param("sha256", shown)
				.param("confirmed", "true"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/content/conditions/bells-palsy"));

		Document page = publicPage("/conditions/bells-palsy");
		assertThat(page.select(".page-review__status").text()).isEqualTo(
				"Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on April 6, 2027. Next review due April 2028.");
		JsonNode data = medicalWebPage(page);
		assertThat(data.get("lastReviewed").asString()).isEqualTo("2027-04-06");
		assertThat(data.get("reviewedBy").get("name").asString()).isEqualTo("Ana Ruiz, MD");
		assertThat(data.get("reviewedBy").get("jobTitle").asString()).isEqualTo("facial plastic surgeon");

		Document after = page(this.mvc.perform(get("/staff/content/conditions/bells-palsy").with(ana())));
		assertThat(after.select(".tag").first().text()).isEqualTo("Reviewed");
		assertThat(after.select("#history-heading + .table-wrap tbody tr").text()).contains("Ana Ruiz, MD",
				"The text the site serves now", "Apr 6, 2028");
		assertThat(this.jdbc.queryForObject("select clinician_id from content_sign_offs", Long.class))
			.isEqualTo(this.staff.findByUsername("ana").orElseThrow().getId());
		String audit = this.jdbc.queryForObject("select detail from audit_events where action = 'CONTENT_SIGNED_OFF'"
				+ " and actor = 'ana' and detail like 'conditions/bells-palsy %'", String.class);
		assertThat(audit).contains("conditions/bells-palsy", "Ana Ruiz, MD", bells.sha256(), "2028-04-06");
		Document list = page(this.mvc.perform(get("/staff/content").with(ana())));
		assertThat(list.select("tr:has(a[href=/staff/content/conditions/bells-palsy]) .tag").text())
			.isEqualTo("Reviewed");
		assertThat(list.select("table.content-table").first().select("tbody tr").last().text())
			.as("the reviewed page comes last")
			.contains("Bell");
	}

	@Test
	void aSignOffWithoutTheTickIsRefusedWithTheProblemLinkedToTheBox() throws Exception {
		ContentPage page = this.library.get(PageKind.TREATMENT, "physical-therapy");
		MvcResult result = this.mvc
			.perform(post("/staff/content/treatments/physical-therapy/sign-off").with(ana())
				.with(csrf())
				.param("sha256", page.sha256()))
			.andExpect(status().isOk())
			.andReturn();
		Document html = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(html.title()).startsWith("Error:");
		assertThat(html.select(".error-summary a[href=#confirmed]").text())
			.contains("I have checked this page for accuracy and safety");
		assertThat(html.select("#confirmed-error").text()).contains("Tick");
		assertThat(NuHtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
		assertThat(signOffs()).isZero();
	}

	@Test
	void aPageWhoseTextChangedWhileTheClinicianReadItIsNotSignedOff() throws Exception {
		int audited = auditCount("CONTENT_SIGNED_OFF");
		MvcResult result = this.mvc
			.perform(post("/staff/content/treatments/physical-therapy/sign-off").with(ana())
				.with(csrf())
				.param("sha256", "0".repeat(64))
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andReturn();
		Document html = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(html.select(".error-summary").text()).contains("changed while you were reading it")
			.contains("not recorded");
		assertThat(html.select("#confirmed").hasAttr("checked")).as("to be ticked again after reading").isFalse();
		assertThat(signOffs()).isZero();
		assertThat(auditCount("CONTENT_SIGNED_OFF")).isEqualTo(audited);
	}

	@Test
	void onlyAClinicianSignsOffAndOnlyCliniciansAndAdministratorsSeeTheContentScreen() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "hemifacial-spasm");
		String path = "/staff/content/conditions/hemifacial-spasm";
		Document asAdmin = page(this.mvc.perform(get(path).with(boss())).andExpect(status().isOk()));
		assertThat(asAdmin.select("#confirmed")).as("no sign-off for an administrator").isEmpty();
		assertThat(asAdmin.select("#sign-off-heading + p").text()).isEqualTo("Only a clinician can sign a page off.");
		this.mvc.perform(get("/staff/content").with(boss())).andExpect(status().isOk());
		for (String address : new String[] { path + "/sign-off", path + "/sign-o%66f", path + "/sign-off/",
				path + ";x=y/sign-off" }) {
			this.mvc
				.perform(post(URI.create(address)).with(boss())
					.with(csrf())
					.param("sha256", page.sha256())
					.param("confirmed", "true"))
				.andExpect(status().is4xxClientError());
		}
		this.mvc
			.perform(post(path + "/sign-off").with(boss())
				.with(csrf())
				.param("sha256", page.sha256())
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/staff/content").with(rita())).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(rita())).andExpect(status().isForbidden());
		this.mvc
			.perform(post(path + "/sign-off").with(rita())
				.with(csrf())
				.param("sha256", page.sha256())
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
		Document inbox = page(this.mvc.perform(get("/staff/requests").with(rita())));
		assertThat(inbox.select(".staff-bar a[href=/staff/content]")).as("no Content link for staff").isEmpty();

		// A session that claims the role for an account that does not hold it signs
		// nothing.
		this.mvc
			.perform(post(path + "/sign-off").with(StaffTestUsers.signedIn("rita", Role.CLINICIAN))
				.with(csrf())
				.param("sha256", page.sha256())
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
		assertThat(signOffs()).isZero();
	}

	@Test
	void aClinicianWithoutANameForReadersIsToldWhyTheyCannotSignOff() throws Exception {
		String path = "/staff/content/conditions/hemifacial-spasm";
		Document screen = page(this.mvc.perform(get(path).with(carl())));
		assertThat(screen.select("#confirmed")).isEmpty();
		assertThat(screen.select(".notice").text()).contains("your account has no name for readers");
		MvcResult refused = this.mvc
			.perform(post(path + "/sign-off").with(carl())
				.with(csrf())
				.param("sha256", this.library.get(PageKind.CONDITION, "hemifacial-spasm").sha256())
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andReturn();
		Document html = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(html.select(".error-summary a[href=#sign-off-heading]").text()).contains("no name for readers",
				"Ask an administrator");
		assertThat(signOffs()).isZero();
	}

	@Test
	void aPageChangedSinceItsSignOffComesFirstAndShowsTheWordsAddedAndRemoved() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "tourette-syndrome");
		String signed = page.fileContent()
			.replace("## What is it?", "## What is this condition?")
			.replace("## Living with it", "## Living with it day to day");
		signOff(page, "f".repeat(64), signed, LocalDate.parse("2028-01-05"));

		Document list = page(this.mvc.perform(get("/staff/content").with(ana())));
		assertThat(list.select("table.content-table tbody tr").first().text()).contains("Tourette",
				"Changed since review", "Ana Ruiz, MD, on Jan 5, 2027", "Now");

		MvcResult result = this.mvc.perform(get("/staff/content/conditions/tourette-syndrome").with(ana())).andReturn();
		Document screen = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(screen.select(".tag").first().text()).isEqualTo("Changed since review");
		assertThat(screen.select(".word-changes del").eachText()).containsExactly(
				"removed: this condition? (end of removed words)", "removed: day to day (end of removed words)");
		assertThat(screen.select(".word-changes ins").eachText()).containsExactly("added: it? (end of added words)");
		assertThat(screen.select(".word-changes del .visually-hidden, .word-changes ins .visually-hidden")).hasSize(3);
		assertThat(screen.select(".word-changes__left-out").text()).contains("unchanged lines not shown");
		assertThat(screen.select("#changes-heading + p").text()).contains("1 word added and 5 words removed");
		assertThat(screen.select("#history-heading + .table-wrap").text()).contains("An earlier text");
		assertThat(NuHtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();

		assertThat(publicPage(page.path()).select(".page-review__status").text()).startsWith(NOT_CHECKED);
	}

	@Test
	void anOverdueReviewShowsAsOverdueOnTheDeskAndToReaders() throws Exception {
		ContentPage page = this.library.get(PageKind.TREATMENT, "steroid-injections");
		signOff(page, page.sha256(), page.fileContent(), LocalDate.parse("2027-03-03"));

		Document list = page(this.mvc.perform(get("/staff/content").with(ana())));
		assertThat(list.select("tr:has(a[href=/staff/content/treatments/steroid-injections])").text())
			.contains("Review overdue", "Mar 3, 2027");
		int reviewed = this.library.clinicallyReviewed().size();
		assertThat(list.select(".staff-bar__count").text()).as("an overdue page still needs review")
			.isEqualTo(reviewed + " to review");
		assertThat(publicPage(page.path()).select(".page-review__status").text())
			.contains("A new review was due on March 3, 2027, and has not been done yet.");

		this.mvc
			.perform(post("/staff/content/treatments/steroid-injections/sign-off").with(ana())
				.with(csrf())
				.param("sha256", page.sha256())
				.param("confirmed", "true"))
			.andExpect(status().isSeeOther());
		Document after = page(this.mvc.perform(get("/staff/content").with(ana())));
		assertThat(after.select(".staff-bar__count").text()).isEqualTo((reviewed - 1) + " to review");
		assertThat(publicPage(page.path()).select(".page-review__status").text())
			.contains("on April 6, 2027. Next review due April 2028.");
	}

	@Test
	void aMissingPageIsNotFoundAndAPageWithoutClinicalReviewHasNoSignOff() throws Exception {
		this.mvc.perform(get("/staff/content/conditions/no-such-page").with(ana())).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/content/recipes/bells-palsy").with(ana())).andExpect(status().isNotFound());
		Document privacy = page(this.mvc.perform(get("/staff/content/pages/privacy").with(ana())));
		assertThat(privacy.select("#confirmed")).isEmpty();
		assertThat(privacy.text()).contains("Clinicians do not review this page");
		ContentPage page = this.library.get(PageKind.PAGE, "privacy");
		this.mvc
			.perform(post("/staff/content/pages/privacy/sign-off").with(ana())
				.with(csrf())
				.param("sha256", page.sha256())
				.param("confirmed", "true"))
			.andExpect(status().isNotFound());
		assertThat(signOffs()).isZero();
	}

	private void signOff(ContentPage page, String sha256, String content, LocalDate nextReviewDue) {
		SignOffRows.insert(this.jdbc, page, sha256, content, this.people.anasId(), "Ana Ruiz, MD", null,
				Instant.parse("2027-01-05T15:00:00Z"), nextReviewDue);
		this.watch.check();
	}

	private int signOffs() {
		return this.jdbc.queryForObject("select count(*) from content_sign_offs", Integer.class);
	}

	private int auditCount(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_events where action = ?", Integer.class, action);
	}

	private Document publicPage(String path) throws Exception {
		return page(this.mvc.perform(get(path)).andExpect(status().isOk()));
	}

	private static JsonNode medicalWebPage(Document html) {
		return JSON.readTree(html.select("script[type=application/ld+json]")
			.stream()
			.map((script) -> script.data())
			.filter((json) -> json.contains("MedicalWebPage"))
			.findFirst()
			.orElseThrow());
	}

	private static Document page(ResultActions actions) throws Exception {
		return Jsoup.parse(actions.andReturn().getResponse().getContentAsString());
	}

}
