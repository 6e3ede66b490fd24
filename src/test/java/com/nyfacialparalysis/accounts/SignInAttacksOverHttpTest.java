package com.nyfacialparalysis.accounts;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in as an attacker meets it, over real HTTP: the throttle holds whatever the
 * address looks like and however many tries arrive at once; look-alike usernames are one
 * account with one count; a flood of refused tries leaves one audit row with a count, and
 * a typed username that matches no account is never stored as typed.
 */
@SiteTest
class SignInAttacksOverHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEncodedSignInAddressIsThrottledLikeThePlainOne() throws Exception {
		account("encoded", "encoded-password-1");
		StaffHttp attacker = browser();
		for (int i = 0; i < 5; i++) {
			assertThat(StaffHttp.location(attacker.signInWithPassword("encoded", "wrong-guess-" + i)))
				.endsWith("/staff/login?error");
		}
		Map<String, String> fields = new LinkedHashMap<>(attacker.hiddenFields("/staff/login"));
		fields.put("username", "encoded");
		fields.put("password", "encoded-password-1");
		for (String address : List.of("/staff/%6Cogin", "/staff/login;jsessionid=x", "/staff//login")) {
			HttpResponse<String> sent = attacker.post(address, fields);
			assertThat(StaffHttp.location(sent)).as("POST %s", address).doesNotContain("/staff/requests");
			if (sent.statusCode() == 302 || sent.statusCode() == 303) {
				assertThat(StaffHttp.location(sent)).as("POST %s", address).endsWith("/staff/login?refused");
			}
		}
		assertThat(StaffHttp.location(attacker.get("/staff/requests"))).endsWith("/staff/login");
	}

	@Test
	void twentyWrongPasswordsSentAtOnceAreAllCounted() throws Exception {
		account("parallel", "parallel-password-1");
		int tries = 20;
		List<StaffHttp> browsers = new ArrayList<>();
		List<Map<String, String>> forms = new ArrayList<>();
		for (int i = 0; i < tries; i++) {
			StaffHttp browser = browser();
			Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields("/staff/login"));
			fields.put("username", "parallel");
			fields.put("password", "wrong-guess-" + i);
			browsers.add(browser);
			forms.add(fields);
		}
		ExecutorService pool = Executors.newFixedThreadPool(tries);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < tries; i++) {
				StaffHttp browser = browsers.get(i);
				Map<String, String> fields = forms.get(i);
				answers.add(pool.submit(() -> {
					start.await();
					return StaffHttp.location(browser.post("/staff/login", fields));
				}));
			}
			start.countDown();
			int checked = 0;
			int refused = 0;
			for (Future<String> answer : answers) {
				String location = answer.get();
				checked += location.endsWith("?error") ? 1 : 0;
				refused += location.endsWith("?refused") ? 1 : 0;
			}
			assertThat(checked).as("passwords checked").isEqualTo(5);
			assertThat(refused).as("tries refused").isEqualTo(15);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(StaffHttp.location(browser().signInWithPassword("parallel", "parallel-password-1")))
			.endsWith("/staff/login?refused");
	}

	@Test
	void lookAlikeUsernamesAreOneAccountWithOneCount() throws Exception {
		account("frontdesk", "front-desk-password-1");
		StaffHttp attacker = browser();
		for (int i = 0; i < 5; i++) {
			attacker.signInWithPassword("frontdesk", "wrong-guess-" + i);
		}
		// A long s (ſ) is an s once normalised (NFKC): the same account, so the same
		// count.
		assertThat(StaffHttp.location(attacker.signInWithPassword("frontde\u017Fk", "front-desk-password-1")))
			.endsWith("/staff/login?refused");
		assertThat(StaffHttp.location(attacker.signInWithPassword("FRONTDESK", "front-desk-password-1")))
			.endsWith("/staff/login?refused");
	}

	@Test
	void aDotlessIIsNotAnI() throws Exception {
		account("tim", "tim-password-12345");
		HttpResponse<String> dotless = browser().signInWithPassword("t\u0131m", "tim-password-12345");
		assertThat(StaffHttp.location(dotless)).endsWith("/staff/login?error");
	}

	@Test
	void aFloodOfRefusedTriesLeavesOneAuditRowWithACount() throws Exception {
		account("flooded", "flooded-password-1");
		StaffHttp attacker = browser();
		Map<String, String> fields = new LinkedHashMap<>(attacker.hiddenFields("/staff/login"));
		fields.put("username", "flooded");
		for (int i = 0; i < 305; i++) {
			fields.put("password", "wrong-guess-" + i);
			attacker.post("/staff/login", fields);
		}
		// One line per source and hour (two if the hour turned during the test), with the
		// count.
		List<Map<String, Object>> refusals = this.jdbc.queryForList(
				"select * from audit_events where action = 'SIGN_IN_REFUSED' and (actor = 'flooded' or detail like '%flooded%')");
		assertThat(refusals).hasSizeBetween(1, 2);
		assertThat(refusals.stream().mapToInt((row) -> ((Number) row.get("repeat_count")).intValue()).sum())
			.isEqualTo(300);
		List<Map<String, Object>> failures = this.jdbc.queryForList(
				"select * from audit_events where action = 'SIGN_IN_FAILED' and (actor = 'flooded' or detail like '%flooded%')");
		assertThat(failures).hasSizeBetween(1, 2);
		assertThat(failures.stream().mapToInt((row) -> ((Number) row.get("repeat_count")).intValue()).sum())
			.isEqualTo(5);
	}

	@Test
	void aTypedUsernameThatMatchesNoAccountIsNeverStoredAsTyped() throws Exception {
		String typedPassword = "Correct-Horse-Battery-Staple-" + "x".repeat(600);
		browser().signInWithPassword(typedPassword, "whatever-was-typed-1");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where detail like '%Correct-Horse%' or actor like '%Correct-Horse%'",
				Integer.class))
			.isZero();
		String detail = this.jdbc.queryForObject(
				"select detail from audit_events where action = 'SIGN_IN_FAILED' and actor is null order by id desc limit 1",
				String.class);
		assertThat(detail).matches(".*#[0-9a-f]{8}.*");
		assertThat(this.jdbc.queryForObject("select max(length(detail)) from audit_events", Integer.class))
			.isLessThanOrEqualTo(200);
	}

	private void account(String username, String password) {
		this.accounts.create(username, username, EnumSet.of(Role.STAFF), password);
	}

	private StaffHttp browser() {
		return new StaffHttp("http://localhost:" + this.port);
	}

}
