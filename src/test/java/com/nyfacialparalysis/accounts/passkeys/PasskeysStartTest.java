package com.nyfacialparalysis.accounts.passkeys;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;

import com.nyfacialparalysis.clinic.ClinicProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The site does not start with a public address where passkeys cannot work, and says
 * which setting and why; with one where they can, the relying party is that address.
 */
class PasskeysStartTest {

	private final ApplicationContextRunner site = new ApplicationContextRunner()
		.withUserConfiguration(Clinic.class, PasskeysConfiguration.class)
		.withBean(JdbcOperations.class, () -> mock(JdbcOperations.class));

	@Test
	void aPlainHttpAddressOnAHostOtherThanLocalhostStopsTheStartSayingWhy() {
		this.site.withPropertyValues("clinic.site-url=http://www.example.org").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("CLINIC_SITE_URL=http://www.example.org")
				.hasMessageContaining("only over HTTPS");
		});
	}

	@Test
	void anHttpsAddressIsTheRelyingParty() {
		this.site.withPropertyValues("clinic.site-url=https://www.example.org").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(RelyingParty.class).origin()).isEqualTo("https://www.example.org");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ClinicProperties.class)
	static class Clinic {

	}

}
