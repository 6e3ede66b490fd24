package com.nyfacialparalysis.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.system.limits.TestLoadLimits;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address cannot keep the staff out (the third security review's findings 1 and 2,
 * reproduced over real HTTP): a flood of sign-ins with made-up usernames from one address
 * gets a few password checks and is then refused before any hashing, while a colleague at
 * another address is answered at once; and however many sessions are live, the sign-in
 * page is never refused for lack of one. The shared site, with its limits set low enough
 * to reach in a test ({@link TestLoadLimits}), for each test alone.
 */
@SiteTest
class SignInFloodOverHttpTest {

	private static final int FLOODERS = 100;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@Autowired
	TestLoadLimits limits;

	@BeforeEach
	void limitsLowEnoughToReach() {
		this.limits.signInsPerAddress(20, 2);
		this.limits.maxLiveSessions(2);
	}

	@Test
	void aFloodOfSignInsFromOneAddressDoesNotKeepAColleagueWaiting() throws Exception {
		this.accounts.create("fiona", "Fiona", EnumSet.of(Role.STAFF), "fiona-password-123");
		AtomicBoolean flooding = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(FLOODERS);
		List<Future<?>> flood = new ArrayList<>();
		for (int i = 0; i < FLOODERS; i++) {
			int flooder = i;
			flood.add(pool.submit(() -> {
				LoopbackBrowser attacker = new LoopbackBrowser("127.0.0.2", this.port);
				String token = Jsoup.parse(attacker.get("/staff/login").body()).select("input[name=_csrf]").val();
				for (int n = 0; flooding.get(); n++) {
					LoopbackBrowser.Answer answer = attacker.post("/staff/login",
							Map.of("_csrf", token, "username", "made-up-" + flooder + "-" + n, "password", "guess"));
					answers.add(answer.status() + " " + answer.location());
					Thread.sleep(100);
				}
				return null;
			}));
		}
		try {
			Thread.sleep(3000);
			List<Long> took = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				StaffHttp colleague = new StaffHttp("http://localhost:" + this.port);
				long started = System.nanoTime();
				String location = StaffHttp.location(colleague.signInWithPassword("fiona", "fiona-password-123"));
				took.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				assertThat(location).as("a colleague's sign-in during the flood").endsWith("/staff/two-factor");
			}
			took.sort(null);
			// Well under a second on a quiet machine (docs/BENCHMARKS.md); before the
			// limit per address, a colleague queued behind every flooding sign-in and got
			// a 503 after ten seconds.
			assertThat(took.get(1))
				.as("a colleague's sign-in (page and password) during the flood, median of %s ms", took)
				.isLessThan(5000);
		}
		finally {
			flooding.set(false);
			pool.shutdown();
			pool.awaitTermination(60, TimeUnit.SECONDS);
		}
		for (Future<?> flooder : flood) {
			flooder.get();
		}
		long checked = answers.stream().filter((answer) -> answer.endsWith("/staff/login?error")).count();
		long refused = answers.stream().filter((answer) -> answer.endsWith("/staff/login?busy")).count();
		assertThat(checked).as("passwords checked for the flooding address").isLessThanOrEqualTo(20);
		assertThat(refused).as("sign-ins refused unchecked").isGreaterThan(0);
		assertThat(answers).as("every answer").allMatch((answer) -> answer.startsWith("303 "));
	}

	@Test
	void theSignInPageIsNeverRefusedForLackOfSessions() throws Exception {
		this.accounts.create("hugo", "Hugo", EnumSet.of(Role.STAFF), "hugo-password-1234");
		this.accounts.create("ines", "Ines", EnumSet.of(Role.STAFF), "ines-password-1234");
		this.accounts.create("jack", "Jack", EnumSet.of(Role.STAFF), "jack-password-1234");
		TestSignIn signIn = new TestSignIn(this.jdbc, this.secrets, this.clock);
		signIn.withHttp(new StaffHttp("http://localhost:" + this.port), "hugo", "hugo-password-1234");
		signIn.withHttp(new StaffHttp("http://localhost:" + this.port), "ines", "ines-password-1234");
		for (int i = 0; i < 50; i++) {
			LoopbackBrowser stranger = new LoopbackBrowser("127.0.1." + i, this.port);
			assertThat(stranger.get("/staff/login").status()).isEqualTo(200);
			assertThat(stranger.get("/staff/requests").status()).isEqualTo(302);
			assertThat(stranger.signInWithPassword("stranger-" + i, "a-guess").location())
				.endsWith("/staff/login?error");
		}
		assertThat(new StaffHttp("http://localhost:" + this.port).get("/staff/login").statusCode()).isEqualTo(200);
		assertThat(signIn.withHttp(new StaffHttp("http://localhost:" + this.port), "jack", "jack-password-1234"))
			.as("a third colleague, with as many sessions live as allowed")
			.containsAnyOf("/staff/requests", "/staff/two-factor/recovery-codes");
	}

}
