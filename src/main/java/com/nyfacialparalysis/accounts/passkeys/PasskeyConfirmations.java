package com.nyfacialparalysis.accounts.passkeys;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;

/**
 * Adding a passkey takes two steps, so that the browser makes no passkey the site will
 * not keep: first the person gives their password and a code again, and only then may
 * their browser make the passkey. Between the two, the confirmation is kept in their
 * session (which lives in the database, so any instance can take the second step), tied
 * to their account's id, for {@code clinic.staff.passkeys.confirmation-lifetime}; adding
 * a passkey uses it up.
 */
@Component
class PasskeyConfirmations {

	private static final String ATTRIBUTE = PasskeyConfirmation.class.getName();

	private final StaffAccountRepository accounts;

	private final Duration lifetime;

	private final Clock clock;

	PasskeyConfirmations(StaffAccountRepository accounts, PasskeysProperties properties, Clock clock) {
		this.accounts = accounts;
		this.lifetime = properties.confirmationLifetime();
		this.clock = clock;
	}

	/** How long a confirmation stays good. */
	Duration lifetime() {
		return this.lifetime;
	}

	/**
	 * Keeps the confirmation of the signed-in person, who just gave their password and
	 * code, for a passkey to be called {@code name}; false, keeping nothing, when their
	 * account is gone or disabled meanwhile.
	 */
	boolean keep(HttpSession session, String username, String name) {
		Optional<Long> accountId = accountIdOf(username);
		accountId.ifPresent((id) -> session.setAttribute(ATTRIBUTE,
				new PasskeyConfirmation(id, name, this.clock.instant().plus(this.lifetime))));
		return accountId.isPresent();
	}

	/**
	 * This person's confirmation in this session, while it is good; a stale one, or one
	 * by another account, is forgotten.
	 */
	Optional<PasskeyConfirmation> live(HttpSession session, String username) {
		Object kept = session.getAttribute(ATTRIBUTE);
		if (!(kept instanceof PasskeyConfirmation confirmation)) {
			return Optional.empty();
		}
		Optional<Long> accountId = accountIdOf(username);
		if (accountId.isEmpty() || !confirmation.isLive(accountId.get(), this.clock.instant())) {
			forget(session);
			return Optional.empty();
		}
		return Optional.of(confirmation);
	}

	/** This person's confirmation, if good, used up: it serves for one passkey only. */
	Optional<PasskeyConfirmation> take(HttpSession session, String username) {
		Optional<PasskeyConfirmation> confirmation = live(session, username);
		forget(session);
		return confirmation;
	}

	void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	private Optional<Long> accountIdOf(String username) {
		return this.accounts.findByUsername(username).filter(StaffAccount::isEnabled).map(StaffAccount::getId);
	}

}
