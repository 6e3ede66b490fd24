package com.nyfacialparalysis.accounts.passkeys;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * Spring Security's WebAuthn support, set up for the desk: the relying party from the
 * site's public address ({@link RelyingParty}), passkeys and their owners' handles in the
 * database (Spring Security's JDBC repositories, tables from Flyway V75), and user
 * verification required both when a passkey is made and when it is used, so that a
 * passkey stands for something the person has and something they know or are.
 */
@Configuration(proxyBeanMethods = false)
class PasskeysConfiguration {

	@Bean
	RelyingParty relyingParty(ClinicProperties clinic) {
		return RelyingParty.of(clinic.siteUrl(), clinic.name());
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyOwners(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyOperations(PublicKeyCredentialUserEntityRepository owners,
			UserCredentialRepository credentials, RelyingParty relyingParty) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(owners, credentials,
				PublicKeyCredentialRpEntity.builder().id(relyingParty.id()).name(relyingParty.name()).build(),
				Set.of(relyingParty.origin()));
		operations.setCustomizeCreationOptions(
				(options) -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions((options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

}
