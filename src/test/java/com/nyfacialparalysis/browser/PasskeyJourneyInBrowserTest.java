package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.nyfacialparalysis.accounts.AuthenticatorApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receptionist adds a passkey in a real browser, with Chromium's virtual authenticator
 * standing in for a phone or a laptop's fingerprint reader (user verification on): the
 * Passkeys page in two steps (a wrong password, a mistyped code and a confirmation left
 * to run out leave no passkey on the authenticator; the password and a code, and only
 * then the passkey), signing out, signing in with the passkey alone, removing it, and
 * being refused with it afterwards. A page at another origin that relays the site's
 * challenge and the passkey's signature (a phishing page) is refused. The site runs at a
 * port fixed before it starts, so that its public address, and so the passkeys' origin,
 * is where the browser really is.
 */
@TestPropertySource(properties = { "clinic.admin.username=keys", "clinic.admin.password=passkey-journey-password" })
class PasskeyJourneyInBrowserTest extends BrowserTest {

	private static final String PASSWORD = "passkey-journey-password";

	/** What a phishing page does with a challenge relayed from the site. */
	private static final String SIGN_ELSEWHERE = """
			var done = arguments[arguments.length - 1];
			function bytes(s) {
			  return Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
			}
			function text(b) {
			  return btoa(String.fromCharCode(...new Uint8Array(b)))
			    .replace(/=+$/, '').replace(/\\+/g, '-').replace(/\\//g, '_');
			}
			var request = { challenge: bytes(arguments[0]), rpId: 'localhost', userVerification: 'required' };
			navigator.credentials.get({ publicKey: request })
			  .then(c => done({ id: c.id, rawId: text(c.rawId), type: c.type, clientExtensionResults: {},
			    origin: JSON.parse(new TextDecoder().decode(c.response.clientDataJSON)).origin,
			    response: { authenticatorData: text(c.response.authenticatorData),
			      clientDataJSON: text(c.response.clientDataJSON),
			      signature: text(c.response.signature), userHandle: text(c.response.userHandle) } }))
			  .catch(e => done({ error: String(e) }));
			""";

	private static final int PORT = freePort();

	private HttpServer otherOrigin;

	@DynamicPropertySource
	static void siteAtAKnownAddress(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("clinic.site-url", () -> "http://localhost:" + PORT);
	}

	@AfterAll
	void stopOtherOrigin() {
		if (this.otherOrigin != null) {
			this.otherOrigin.stop(0);
		}
	}

	@Test
	void aReceptionistAddsAPasskeySignsInWithItAloneRemovesItAndIsRefusedWithItAfterwards() {
		VirtualAuthenticator authenticator = this.browser.addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));

		open("/staff/login");
		assertThat(find("[data-passkey-sign-in]").isDisplayed()).as("the passkey button, with a browser that can")
			.isTrue();
		assertAccessible("/staff/login with the passkey button");
		assertValidHtml("/staff/login");
		signInWithPassword();
		waiting().until(ExpectedConditions.titleContains("Set up two-factor sign-in"));
		AuthenticatorApp app = new AuthenticatorApp(find("#secret-key").getText(), this.clock);
		find("#code").sendKeys(app.nextCode());
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Your recovery codes"));
		find("main a.button").click();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));

		open("/staff/password");
		find("a[href$='/staff/passkeys']").click();
		waiting().until(ExpectedConditions.titleContains("Passkeys"));
		assertThat(find("main").getText()).contains("You have no passkeys yet.");
		assertThat(find("#add-passkey").isDisplayed()).as("the first step, with a browser that can").isTrue();
		assertAccessible("/staff/passkeys with none");
		assertValidHtml("/staff/passkeys");

		// A wrong password: nothing is kept, and the page says which field.
		find("#name").sendKeys("Front desk PC");
		find("#password").sendKeys("not the password");
		find("#code").sendKeys("000000");
		find("#add-passkey button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary").getText()).contains("Your password is not right.");
		assertThat(find("#name").getAttribute("value")).as("the name is kept").isEqualTo("Front desk PC");
		assertThat(authenticator.getCredentials()).as("no passkey on the device").isEmpty();
		assertAccessible("/staff/passkeys with a wrong password");
		assertValidHtmlAsShown("/staff/passkeys with a wrong password");

		// A mistyped code: the browser is never asked to make a passkey, so none is left
		// on
		// the device that the site does not know.
		find("#password").sendKeys(PASSWORD);
		find("#code").sendKeys(mistyped(app.nextCode()));
		find("#add-passkey button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-summary"),
				"That code is not right"));
		assertThat(findAll("#create-passkey")).as("no second step").isEmpty();
		assertThat(authenticator.getCredentials()).as("no passkey on the device after a mistyped code").isEmpty();

		// Right: the second step, and still nothing on the device until it is pressed.
		confirmItIsMe(app);
		assertThat(find("#create-passkey").getText()).contains("The passkey will be called “Front desk PC”",
				"Do it within 5 minutes");
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).as("focus on the second step")
			.isEqualTo("create-passkey");
		assertThat(authenticator.getCredentials()).isEmpty();
		assertAccessible("/staff/passkeys, second step");
		assertValidHtmlAsShown("/staff/passkeys, second step");
		screenshot("staff-passkeys-create");

		// Left too long: the site gives the browser nothing to make a passkey with, and
		// asks
		// for the password and code again.
		this.clock.moveOn(Duration.ofMinutes(6));
		find("[data-passkey-add] button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary").getText()).contains("First confirm it is you");
		assertThat(authenticator.getCredentials()).as("nothing made after the confirmation ran out").isEmpty();
		assertAccessible("/staff/passkeys after the confirmation ran out");

		find("#name").sendKeys("Front desk PC");
		confirmItIsMe(app);
		find("[data-passkey-add] button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Your passkey has been added"));
		assertThat(authenticator.getCredentials()).hasSize(1);
		assertThat(find("table.passkeys tbody").getText()).contains("Front desk PC", "Not used yet");
		assertAccessible("/staff/passkeys with one");
		assertValidHtml("/staff/passkeys");
		screenshot("staff-passkeys");

		signOut();
		signInWithPasskey();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
		open("/staff/passkeys");
		assertThat(find("table.passkeys tbody").getText()).contains("Front desk PC").doesNotContain("Not used yet");

		signOut();
		assertThatAPageAtAnotherOriginIsRefused();

		signInWithPasskey();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
		open("/staff/passkeys");
		find("form[action*='/remove'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"The passkey has been removed"));
		assertThat(find("main").getText()).contains("You have no passkeys yet.");

		signOut();
		assertThat(authenticator.getCredentials()).as("the browser still holds it").hasSize(1);
		signInWithPasskey();
		waiting().until(ExpectedConditions.urlContains("passkeyFailed"));
		assertThat(find(".notice").getText()).contains("That passkey did not sign you in.");
		assertAccessible("/staff/login after a refused passkey");
		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
	}

	/**
	 * A phishing page at another origin gets the site's challenge, has the passkey sign
	 * it, and sends the signature to the site: refused, because the browser wrote the
	 * page's real origin into what it signed.
	 */
	private void assertThatAPageAtAnotherOriginIsRefused() {
		open("/staff/login");
		String challenge = (String) this.browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var section = document.querySelector('[data-passkey-sign-in]');
				var headers = { 'Content-Type': 'application/json' };
				headers[section.dataset.csrfHeader] = section.dataset.csrf;
				fetch(section.dataset.options, { method: 'POST', headers: headers })
				  .then(r => r.json()).then(o => done(o.challenge));
				""");
		this.browser.get(startOtherOrigin() + "/sign-in");
		@SuppressWarnings("unchecked")
		Map<String, Object> assertion = (Map<String, Object>) this.browser.executeAsyncScript(SIGN_ELSEWHERE,
				challenge);
		assertThat(assertion).as("the passkey signed on the other page").doesNotContainKey("error");
		assertThat(assertion.get("origin")).as("the browser names the page it was really on")
			.isEqualTo(this.otherOriginAddress);
		assertion.remove("origin");

		open("/staff/login");
		Number status = (Number) this.browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var section = document.querySelector('[data-passkey-sign-in]');
				var headers = { 'Content-Type': 'application/json' };
				headers[section.dataset.csrfHeader] = section.dataset.csrf;
				fetch(section.dataset.signIn, { method: 'POST', headers: headers, body: JSON.stringify(arguments[0]) })
				  .then(r => done(r.status));
				""", assertion);
		assertThat(status.intValue()).as("the relayed signature is refused").isEqualTo(401);
		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
	}

	private String otherOriginAddress;

	private String startOtherOrigin() {
		if (this.otherOrigin == null) {
			try {
				this.otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			byte[] page = "<!DOCTYPE html><html lang=\"en\"><title>Staff sign-in</title><p>Sign in</p></html>"
				.getBytes(StandardCharsets.UTF_8);
			this.otherOrigin.createContext("/", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				exchange.close();
			});
			this.otherOrigin.start();
			this.otherOriginAddress = "http://localhost:" + this.otherOrigin.getAddress().getPort();
		}
		return this.otherOriginAddress;
	}

	/** The first step of adding a passkey, with the right password and code. */
	private void confirmItIsMe(AuthenticatorApp app) {
		find("#password").sendKeys(PASSWORD);
		find("#code").sendKeys(app.nextCode());
		find("#add-passkey button[type=submit]").click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-passkey-add] button")));
	}

	/** A code with its last digit typed wrong. */
	private static String mistyped(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
	}

	private void signInWithPassword() {
		open("/staff/login");
		find("#username").sendKeys("keys");
		find("#password").sendKeys(PASSWORD);
		find(".staff-form button[type=submit]").click();
	}

	private void signInWithPasskey() {
		open("/staff/login");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-passkey-sign-in] button")))
			.click();
	}

	private void signOut() {
		find("form[action$='/staff/logout'] button").click();
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
