package com.nyfacialparalysis.accounts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.accounts.passkeys.TestAuthenticator;
import com.nyfacialparalysis.testsupport.SiteInstances;
import com.nyfacialparalysis.testsupport.UsesPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys on two instances of the site sharing one PostgreSQL database, as behind a load
 * balancer with no sticky sessions: a passkey confirmed (password and code) on one
 * instance, whose options came from the other, is added on the first, and signs in with
 * the challenge from one and the answer to the other; removed on one, it is refused by
 * both. The passkeys and the challenges live in the database (Spring Security's JDBC
 * repositories, Spring Session JDBC), so it does not matter which instance answers.
 */
@UsesPostgres
class PasskeysOnSeveralInstancesOnPostgresTest {

	private static SiteInstances instances;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		instances = SiteInstances.onPostgres("--clinic.admin.username=boss",
				"--clinic.admin.password=first-admin-password-1");
		first = instances.start();
		second = instances.start();
	}

	@AfterAll
	static void stop() {
		if (instances != null) {
			instances.stopAll();
		}
	}

	@Test
	void aPasskeyMadeOnOneInstanceSignsInOnTheOther() throws Exception {
		first.getBean(AccountService.class).create("kim", "Kim", EnumSet.of(Role.STAFF), "kim-passkey-password-1");
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		TestSignIn signIn = new TestSignIn(jdbc, first.getBean(TwoFactorSecrets.class), Clock.systemUTC());
		StaffHttp onFirst = new StaffHttp(base(first));
		signIn.withHttp(onFirst, "kim", "kim-passkey-password-1");

		StaffHttp onSecond = onFirst.at(base(second));
		String code = new AuthenticatorApp(signIn.keyOf("kim")).nextCode(signIn.lastUsedStep("kim"));
		HttpResponse<String> confirmed = onSecond.submit("/staff/passkeys", "/staff/passkeys/confirm",
				Map.of("name", "Kim's laptop", "password", "kim-passkey-password-1", "code", code));
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);

		TestAuthenticator laptop = new TestAuthenticator(PasskeysTest.RP_ID);
		String options = json(onFirst, "/staff/passkeys", "[data-passkey-add]", "/staff/passkeys/options", null).body();
		HttpResponse<String> added = onSecond.submit("/staff/passkeys", "/staff/passkeys",
				Map.of("credential", laptop.create(options, PasskeysTest.ORIGIN, true)));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
		HttpResponse<String> secondAnswer = onFirst.submit("/staff/passkeys", "/staff/passkeys", Map.of("credential",
				new TestAuthenticator(PasskeysTest.RP_ID).create(options, PasskeysTest.ORIGIN, true)));
		assertThat(secondAnswer.body()).as("the confirmation is used up, for both instances")
			.contains("First confirm it is you");
		assertThat(onFirst.page("/staff/passkeys").select("table.passkeys").text()).contains("Kim's laptop");

		StaffHttp later = new StaffHttp(base(second));
		String challenge = json(later, "/staff/login", "[data-passkey-sign-in]", "/staff/login/passkey/options", null)
			.body();
		HttpResponse<String> signedIn = json(later.at(base(first)), "/staff/login", "[data-passkey-sign-in]",
				"/staff/login/passkey", laptop.sign(challenge, PasskeysTest.ORIGIN, true));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
		assertThat(later.at(base(second)).get("/staff/requests").statusCode()).isEqualTo(200);

		Element remove = later.page("/staff/passkeys").selectFirst("form[action*='/remove']");
		assertThat(later.at(base(first)).submit("/staff/passkeys", remove.attr("action"), Map.of()).statusCode())
			.isEqualTo(303);
		StaffHttp again = new StaffHttp(base(first));
		String another = json(again, "/staff/login", "[data-passkey-sign-in]", "/staff/login/passkey/options", null)
			.body();
		assertThat(json(again.at(base(second)), "/staff/login", "[data-passkey-sign-in]", "/staff/login/passkey",
				laptop.sign(another, PasskeysTest.ORIGIN, true))
			.statusCode()).isEqualTo(401);
	}

	/**
	 * Sends JSON as the desk's script does, with the CSRF header the page at {@code page}
	 * names on its {@code element}.
	 */
	private static HttpResponse<String> json(StaffHttp browser, String page, String element, String path, String body)
			throws Exception {
		Element source = browser.page(page).selectFirst(element);
		return browser.send(HttpRequest.newBuilder(URI.create(browser.base() + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(source.attr("data-csrf-header"), source.attr("data-csrf"))
			.POST((body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private static String base(ConfigurableApplicationContext instance) {
		return SiteInstances.base(instance);
	}

}
