package com.nyfacialparalysis.accounts;

import java.util.EnumSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clinicians' accounts on the Accounts screen: an administrator gives an account the
 * CLINICIAN role and the name readers see (every change audited), mistakes are shown with
 * the problem beside the field and change nothing, and an administrator keeps their own
 * administrator role.
 */
@SiteTest
class ClinicianAccountsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	StaffAccountRepository staff;

	@Test
	void anAdministratorMakesAnAccountAClinicianWithTheNameReadersSee() throws Exception {
		long id = account("dora", EnumSet.of(Role.STAFF));
		MvcResult form = this.mvc.perform(get("/staff/accounts/" + id).with(boss()))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(form.getResponse().getContentAsString());
		assertThat(page.select("input[name=roles]").eachAttr("value")).containsExactly("STAFF", "ADMIN", "CLINICIAN");
		assertThat(page.select("input[name=roles][checked]").eachAttr("value")).containsExactly("STAFF");
		assertThat(NuHtmlChecker.errors(form.getResponse().getContentAsString())).isEmpty();

		this.mvc
			.perform(details(id).param("roles", "STAFF", "CLINICIAN")
				.param("reviewerName", "  Dora Diaz, DO ")
				.param("reviewerTitle", "neurologist"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/accounts/" + id));

		StaffAccount dora = this.staff.findByUsername("dora").orElseThrow();
		assertThat(dora.getRoles()).containsExactly(Role.STAFF, Role.CLINICIAN);
		assertThat(dora.getReviewerName()).isEqualTo("Dora Diaz, DO");
		assertThat(dora.getReviewerTitle()).isEqualTo("neurologist");
		assertThat(audit("ACCOUNT_ROLES_CHANGED", "dora")).isEqualTo("dora: STAFF to STAFF and CLINICIAN");
		assertThat(audit("REVIEWER_DETAILS_CHANGED", "dora")).isEqualTo("dora: Dora Diaz, DO (neurologist)");
		Document list = Jsoup.parse(
				this.mvc.perform(get("/staff/accounts").with(boss())).andReturn().getResponse().getContentAsString());
		assertThat(list.select("tr:has(td:containsOwn(dora))").text())
			.contains("Signs pages off as Dora Diaz, DO, neurologist", "Clinician");

		this.mvc.perform(get("/staff/accounts/" + id).with(rita())).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/accounts/" + id).with(rita()).with(csrf()).param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/accounts/999999").with(boss())).andExpect(status().isNotFound());
	}

	@Test
	void aClinicianWithoutANameForReadersIsMarkedOnTheAccountsList() throws Exception {
		account("nameless", EnumSet.of(Role.CLINICIAN));
		Document list = Jsoup.parse(
				this.mvc.perform(get("/staff/accounts").with(boss())).andReturn().getResponse().getContentAsString());
		assertThat(list.select("tr:has(td:containsOwn(nameless)) .tag").text())
			.isEqualTo("No name for readers yet: cannot sign pages off");
	}

	@Test
	void aMistakeIsShownBesideItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
		long id = account("eve", EnumSet.of(Role.STAFF));
		String[][] cases = { { "Eve\u0000Evans, MD", "", "reviewerName", "invisible control characters" },
				{ "", "neurologist", "reviewerName", "name readers see as well" },
				{ "x".repeat(151), "", "reviewerName", "150 characters or fewer" },
				{ "Eve Evans, MD", "\u202Eneurologist", "reviewerTitle", "invisible control characters" } };
		for (String[] mistake : cases) {
			MvcResult result = this.mvc
				.perform(details(id).param("roles", "CLINICIAN")
					.param("reviewerName", mistake[0])
					.param("reviewerTitle", mistake[1]))
				.andExpect(status().isOk())
				.andReturn();
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.title()).startsWith("Error:");
			assertThat(page.select(".error-summary a[href=#" + mistake[2] + "]").text()).as(mistake[2])
				.contains(mistake[3]);
			assertThat(page.select("#" + mistake[2] + "-error").text()).contains(mistake[3]);
			assertThat(page.select("input[name=roles][checked]").eachAttr("value")).as("what was typed is kept")
				.containsExactly("CLINICIAN");
			if (!mistake[0].contains("\u0000")) {
				assertThat(NuHtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
			}
		}
		MvcResult noRole = this.mvc.perform(details(id).param("_roles", "on").param("reviewerName", "Eve Evans, MD"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(
				Jsoup.parse(noRole.getResponse().getContentAsString()).select(".error-summary a[href=#roles]").text())
			.contains("at least one role");
		MvcResult madeUp = this.mvc.perform(details(id).param("roles", "SUPERUSER"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(
				Jsoup.parse(madeUp.getResponse().getContentAsString()).select(".error-summary a[href=#roles]").text())
			.isEqualTo("Choose roles from the list.");

		StaffAccount eve = this.staff.findByUsername("eve").orElseThrow();
		assertThat(eve.getRoles()).containsExactly(Role.STAFF);
		assertThat(eve.getReviewerName()).isNull();
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_events where detail like 'eve:%'", Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorCannotTakeTheAdministratorRoleFromThemselves() throws Exception {
		long boss = this.staff.findByUsername("boss").orElseThrow().getId();
		MvcResult result = this.mvc.perform(details(boss).param("roles", "STAFF", "CLINICIAN"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(
				Jsoup.parse(result.getResponse().getContentAsString()).select(".error-summary a[href=#roles]").text())
			.contains("cannot take the administrator role from your own account");
		assertThat(this.staff.findByUsername("boss").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
	}

	private long account(String username, EnumSet<Role> roles) {
		return this.accounts.create(username, username, roles, username + "-password-12345").getId();
	}

	private MockHttpServletRequestBuilder details(long id) {
		return post("/staff/accounts/" + id).with(boss()).with(csrf());
	}

	private String audit(String action, String username) {
		return this.jdbc.queryForObject(
				"select detail from audit_events where action = ? and detail like ? order by id desc limit 1",
				String.class, action, username + ":%");
	}

	private static RequestPostProcessor boss() {
		return StaffTestUsers.signedIn("boss", Role.ADMIN);
	}

	private static RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

}
