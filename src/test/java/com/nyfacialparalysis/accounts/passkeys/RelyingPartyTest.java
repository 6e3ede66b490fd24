package com.nyfacialparalysis.accounts.passkeys;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The passkeys' relying party comes from the site's public address, and an address where
 * browsers would refuse every passkey stops the start with a message that says why.
 */
class RelyingPartyTest {

	@Test
	void theRelyingPartyIsTheHostOfThePublicAddressAndItsOriginTheOnlyOneAllowed() {
		RelyingParty party = RelyingParty.of(URI.create("https://www.Example.org/"), "NYFP");
		assertThat(party.id()).isEqualTo("www.example.org");
		assertThat(party.origin()).isEqualTo("https://www.example.org");
		assertThat(party.allows("https://www.example.org")).isTrue();
		assertThat(party.allows("https://www.example.org.evil.test")).isFalse();
		assertThat(party.allows("http://www.example.org")).isFalse();
	}

	@Test
	void localhostWorksOverPlainHttpWithItsPort() {
		RelyingParty party = RelyingParty.of(URI.create("http://localhost:8080"), "NYFP");
		assertThat(party.id()).isEqualTo("localhost");
		assertThat(party.origin()).isEqualTo("http://localhost:8080");
		assertThat(RelyingParty.of(URI.create("https://clinic.example:8443/"), "NYFP").origin())
			.isEqualTo("https://clinic.example:8443");
	}

	@Test
	void anAddressWherePasskeysCannotWorkStopsTheStartSayingWhy() {
		assertThatIllegalStateException().isThrownBy(() -> RelyingParty.of(URI.create("http://www.example.org"), "N"))
			.withMessageContaining("CLINIC_SITE_URL=http://www.example.org")
			.withMessageContaining("only over HTTPS");
		assertThatIllegalStateException().isThrownBy(() -> RelyingParty.of(URI.create("https://192.168.1.5"), "N"))
			.withMessageContaining("IP address");
		assertThatIllegalStateException().isThrownBy(() -> RelyingParty.of(URI.create("https://intranet"), "N"))
			.withMessageContaining("full host name");
		assertThatIllegalStateException().isThrownBy(() -> RelyingParty.of(URI.create("ftp://example.org"), "N"))
			.withMessageContaining("not an http or https address");
	}

}
