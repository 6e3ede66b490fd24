package com.nyfacialparalysis.desk;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.PreferredContact;
import com.nyfacialparalysis.requests.RequestDetails;
import com.nyfacialparalysis.requests.Requests;
import com.nyfacialparalysis.requests.SuddenWeakness;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list longer than a page (the inbox, the audit log) is shown a page at a time: the
 * receptionist sees which page of how many, and "Next page" and "Previous page" walk the
 * same filtered list, never the whole one.
 */
@SiteTest
class PagerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	AuditLog audit;

	@Autowired
	DeskProperties settings;

	@Test
	void theInboxPagesThroughASearchAndKeepsItOnEveryPage() throws Exception {
		String name = "Pagerly" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
		int onePage = this.settings.pageSize();
		for (int i = 0; i < onePage + 2; i++) {
			this.requests.receive(UUID.randomUUID().toString(),
					new RequestDetails(name + " Person", null, "212 555 " + (1000 + i), PreferredContact.PHONE,
							ConsultationRequest.NOT_SURE, null, null, null, SuddenWeakness.NO),
					false, Language.ENGLISH);
		}
		Document first = page("/staff/requests?q=" + name.toLowerCase(), StaffTestUsers.signedIn("rita", Role.STAFF));
		assertThat(first.select(".pager span").text()).isEqualTo("Page 1 of 2");
		assertThat(first.select(".pager").attr("aria-label")).isEqualTo("Pages");
		assertThat(first.select(".pager a").eachText()).containsExactly("Next page");
		String next = first.select(".pager a").attr("href");
		assertThat(next).isEqualTo("/staff/requests?q=" + name.toLowerCase() + "&page=1");

		Document second = page(next, StaffTestUsers.signedIn("rita", Role.STAFF));
		assertThat(second.select(".pager span").text()).isEqualTo("Page 2 of 2");
		assertThat(second.select(".pager a").eachText()).containsExactly("Previous page");
		assertThat(second.select(".pager a").attr("href"))
			.isEqualTo("/staff/requests?q=" + name.toLowerCase() + "&page=0");
		assertThat(second.select("tbody tr")).as("the two requests the first page had no room for").hasSize(2);
	}

	@Test
	void theAuditLogPagesThroughOneActorsEventsAndKeepsTheFilter() throws Exception {
		String actor = "pager." + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 51; i++) {
			this.audit.record(actor, AuditAction.REQUESTS_LISTED, null, "page " + i);
		}
		Document first = page("/staff/audit?actor=" + actor, StaffTestUsers.signedIn("boss", Role.ADMIN));
		assertThat(first.select(".pager span").text()).isEqualTo("Page 1 of 2");
		assertThat(first.select(".pager a").eachText()).containsExactly("Next page");
		String next = first.select(".pager a").attr("href");
		assertThat(next).contains("actor=" + actor).endsWith("page=1");

		Document second = page(next, StaffTestUsers.signedIn("boss", Role.ADMIN));
		assertThat(second.select(".pager span").text()).isEqualTo("Page 2 of 2");
		assertThat(second.select(".pager a").eachText()).containsExactly("Previous page");
		assertThat(second.select(".pager a").attr("href")).contains("actor=" + actor).endsWith("page=0");
	}

	@Test
	void aListThatFitsOnOnePageHasNoPager() throws Exception {
		Document inbox = page("/staff/requests?q=nobody-is-called-this", StaffTestUsers.signedIn("rita", Role.STAFF));
		assertThat(inbox.select(".pager")).isEmpty();
	}

	private Document page(String address, RequestPostProcessor who) throws Exception {
		String html = this.mvc.perform(get(address).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
