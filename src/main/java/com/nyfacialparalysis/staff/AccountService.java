package com.nyfacialparalysis.staff;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, disabling and resetting staff accounts, and changing one's own password.
 * Every change is in the audit log. Each method returns the message code of a problem, or
 * empty when done.
 */
@Service
class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,60}");

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	AccountService(StaffAccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Optional<String> create(String username, String displayName, Role role, String password) {
		String name = (username == null) ? "" : username.strip();
		String shown = (displayName == null || displayName.isBlank()) ? name : displayName.strip();
		if (!USERNAME.matcher(name).matches()) {
			return Optional.of("staff.accounts.usernameInvalid");
		}
		if (shown.length() > StaffAccount.DISPLAY_NAME_MAX) {
			return Optional.of("staff.accounts.displayNameTooLong");
		}
		if (this.accounts.findByUsernameIgnoreCase(name).isPresent()) {
			return Optional.of("staff.accounts.usernameTaken");
		}
		Optional<String> weak = checkPassword(password);
		if (weak.isPresent()) {
			return weak;
		}
		this.accounts.save(new StaffAccount(name, shown, this.passwords.encode(password), role, this.clock.instant()));
		this.audit.record(AuditAction.ACCOUNT_CREATED, null, name + " as " + role);
		return Optional.empty();
	}

	@Transactional
	Optional<String> setEnabled(Long id, boolean enabled, String actor) {
		StaffAccount account = this.accounts.findById(id).orElseThrow();
		if (!enabled && account.getUsername().equalsIgnoreCase(actor)) {
			return Optional.of("staff.accounts.notYourself");
		}
		account.setEnabled(enabled);
		this.audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, null,
				account.getUsername());
		return Optional.empty();
	}

	@Transactional
	Optional<String> reset(Long id, String password) {
		StaffAccount account = this.accounts.findById(id).orElseThrow();
		Optional<String> weak = checkPassword(password);
		if (weak.isPresent()) {
			return weak;
		}
		account.changePassword(this.passwords.encode(password), this.clock.instant());
		this.audit.record(AuditAction.PASSWORD_RESET, null, account.getUsername());
		return Optional.empty();
	}

	@Transactional
	Optional<String> changeOwn(String username, String current, String replacement, String confirmation) {
		StaffAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		if (current == null || !this.passwords.matches(current, account.getPasswordHash())) {
			return Optional.of("staff.password.currentWrong");
		}
		if (replacement == null || !replacement.equals(confirmation)) {
			return Optional.of("staff.password.mismatch");
		}
		Optional<String> weak = checkPassword(replacement);
		if (weak.isPresent()) {
			return weak;
		}
		account.changePassword(this.passwords.encode(replacement), this.clock.instant());
		this.audit.record(AuditAction.PASSWORD_CHANGED, null, account.getUsername());
		return Optional.empty();
	}

	private static Optional<String> checkPassword(String password) {
		if (password == null || password.length() < StaffAccount.PASSWORD_MIN) {
			return Optional.of("staff.password.tooShort");
		}
		if (password.length() > 200) {
			return Optional.of("staff.password.tooLong");
		}
		return Optional.empty();
	}

}
