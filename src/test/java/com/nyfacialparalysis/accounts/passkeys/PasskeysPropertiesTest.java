package com.nyfacialparalysis.accounts.passkeys;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a confirmation on the Passkeys page lasts: five minutes unless set, and a
 * setting of nothing or of more than an hour stops the start, naming the setting.
 */
class PasskeysPropertiesTest {

	private final ApplicationContextRunner site = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void fiveMinutesUnlessSet() {
		this.site.run((context) -> assertThat(context.getBean(PasskeysProperties.class).confirmationLifetime())
			.isEqualTo(Duration.ofMinutes(5)));
		this.site.withPropertyValues("clinic.staff.passkeys.confirmation-lifetime=2m")
			.run((context) -> assertThat(context.getBean(PasskeysProperties.class).confirmationLifetime())
				.isEqualTo(Duration.ofMinutes(2)));
	}

	@Test
	void nothingOrMoreThanAnHourStopsTheStart() {
		for (String lifetime : new String[] { "0s", "-1m", "61m" }) {
			this.site.withPropertyValues("clinic.staff.passkeys.confirmation-lifetime=" + lifetime).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("clinic.staff.passkeys.confirmation-lifetime");
			});
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PasskeysProperties.class)
	static class Settings {

	}

}
