package com.nyfacialparalysis.accounts.passkeys;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.accounts.SignInTakenAway;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * A member of staff's passkeys: made and checked by Spring Security's WebAuthn support,
 * kept in its JDBC repositories. Adding and removing one are in the audit log, written
 * with the change; an account disabled, or whose two-factor sign-in an administrator
 * reset, loses every passkey in the same transaction.
 */
@Service
class Passkeys {

	private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

	/** One passkey as its owner sees it in the list. */
	record Passkey(String id, String name, Instant added, Optional<Instant> lastUsed) {

		static Passkey of(CredentialRecord record) {
			Instant added = record.getCreated();
			Instant used = record.getLastUsed();
			return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), added,
					(used == null || used.equals(added)) ? Optional.empty() : Optional.of(used));
		}

	}

	private final WebAuthnRelyingPartyOperations operations;

	private final PublicKeyCredentialUserEntityRepository owners;

	private final UserCredentialRepository credentials;

	private final AuditLog audit;

	Passkeys(WebAuthnRelyingPartyOperations operations, PublicKeyCredentialUserEntityRepository owners,
			UserCredentialRepository credentials, AuditLog audit) {
		this.operations = operations;
		this.owners = owners;
		this.credentials = credentials;
		this.audit = audit;
	}

	/** The person's passkeys, the newest first. */
	@Transactional(readOnly = true)
	List<Passkey> of(String username) {
		return recordsOf(username).stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::added).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	boolean hasAny(String username) {
		return !recordsOf(username).isEmpty();
	}

	/**
	 * What the browser needs to make a passkey for the signed-in person (their handle is
	 * made the first time).
	 */
	@Transactional
	PublicKeyCredentialCreationOptions optionsFor(Authentication signedIn) {
		return this.operations
			.createPublicKeyCredentialCreationOptions(new ImmutablePublicKeyCredentialCreationOptionsRequest(signedIn));
	}

	/**
	 * Checks what the authenticator made against the options it was made from, and keeps
	 * it under {@code name}.
	 * @throws RuntimeException when the browser's answer is not right (Spring Security's
	 * and WebAuthn4J's checks)
	 */
	@Transactional
	Passkey add(String username, PublicKeyCredentialCreationOptions options,
			PublicKeyCredential<AuthenticatorAttestationResponse> credential, String name) {
		if (!username.equals(options.getUser().getName())) {
			throw new IllegalArgumentException("The options were made for someone else");
		}
		CredentialRecord record = this.operations.registerCredential(
				new ImmutableRelyingPartyRegistrationRequest(options, new RelyingPartyPublicKey(credential, name)));
		this.audit.record(username, AuditAction.PASSKEY_ADDED, null, name);
		return Passkey.of(record);
	}

	/** Removes one of the person's own passkeys; false when they have none by that id. */
	@Transactional
	boolean remove(String username, String id) {
		Optional<CredentialRecord> own = recordsOf(username).stream()
			.filter((record) -> record.getCredentialId().toBase64UrlString().equals(id))
			.findFirst();
		if (own.isEmpty()) {
			return false;
		}
		this.credentials.delete(own.get().getCredentialId());
		this.audit.record(username, AuditAction.PASSKEY_REMOVED, null, own.get().getLabel());
		return true;
	}

	/**
	 * The account's sign-in was taken away: so are its passkeys, in the same transaction.
	 */
	@EventListener
	@Transactional
	void signInTakenAway(SignInTakenAway event) {
		List<CredentialRecord> records = recordsOf(event.username());
		for (CredentialRecord record : records) {
			this.credentials.delete(record.getCredentialId());
		}
		if (!records.isEmpty()) {
			this.audit.record(AuditAction.PASSKEY_REMOVED, null,
					event.username() + ": all " + records.size() + " passkeys, with the account's sign-in");
			log.info("Removed {} passkeys of staff account {}", records.size(), event.username());
		}
	}

	/** The username that owns the passkey with this id, if any. */
	@Transactional(readOnly = true)
	Optional<String> ownerOf(Bytes credentialId) {
		return Optional.ofNullable(this.credentials.findByCredentialId(credentialId))
			.map((record) -> this.owners.findById(record.getUserEntityUserId()))
			.map(PublicKeyCredentialUserEntity::getName);
	}

	/** The name of the passkey with this id, if it exists. */
	@Transactional(readOnly = true)
	Optional<String> nameOf(Bytes credentialId) {
		return Optional.ofNullable(this.credentials.findByCredentialId(credentialId)).map(CredentialRecord::getLabel);
	}

	private List<CredentialRecord> recordsOf(String username) {
		PublicKeyCredentialUserEntity owner = this.owners.findByUsername(username);
		return (owner != null) ? this.credentials.findByUserId(owner.getId()) : List.of();
	}

}
