package com.nyfacialparalysis.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.content.review.Reviewer;

/**
 * Creating, disabling and resetting staff accounts, and changing one's own password.
 * Every change is in the audit log, written with the change. Taking access away
 * (disabling, resetting or changing a password) ends the account's sessions once
 * committed.
 */
@Service
class AccountService {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(StaffAccountRepository accounts, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The username is already someone's, once normalised. */
	static class UsernameTaken extends RuntimeException {

		UsernameTaken() {
			super("That username is already used");
		}

	}

	/** An administrator tried to disable their own account. */
	static class NotYourself extends RuntimeException {

		NotYourself() {
			super("An administrator cannot disable their own account");
		}

	}

	/**
	 * An administrator tried to take the administrator role from their own account
	 * (someone else must, so that the desk is never left without one by a slip).
	 */
	static class OwnAdministratorRole extends RuntimeException {

		OwnAdministratorRole() {
			super("An administrator cannot take the administrator role from their own account");
		}

	}

	/**
	 * Creates an account from values already checked ({@link NewAccountForm}); the full
	 * name defaults to the username.
	 */
	@Transactional
	StaffAccount create(String username, String displayName, Set<Role> roles, String password) {
		String name = Usernames.normalise(username);
		String shown = (displayName == null || displayName.isBlank()) ? name : displayName.strip();
		if (this.accounts.existsByUsername(name)) {
			throw new UsernameTaken();
		}
		StaffAccount account;
		try {
			account = this.accounts.saveAndFlush(
					new StaffAccount(name, shown, this.passwords.encode(password), roles, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else made it a moment ago (the unique index on the normalised
			// name).
			throw new UsernameTaken();
		}
		this.audit.record(AuditAction.ACCOUNT_CREATED, null, name + " as " + describe(roles));
		return account;
	}

	/** The first administrator, from configuration, made by "system". */
	@Transactional
	StaffAccount createFirstAdministrator(String username, String password) {
		String name = Usernames.normalise(username);
		StaffAccount account;
		try {
			account = this.accounts.saveAndFlush(new StaffAccount(name, name, this.passwords.encode(password),
					EnumSet.of(Role.ADMIN), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new UsernameTaken();
		}
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, null, "first administrator " + name);
		return account;
	}

	@Transactional
	void setEnabled(Long id, boolean enabled, String actor) {
		StaffAccount account = find(id);
		if (!enabled && account.getUsername().equals(actor)) {
			throw new NotYourself();
		}
		if (account.isEnabled() == enabled) {
			return;
		}
		account.setEnabled(enabled);
		this.audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, null,
				account.getUsername());
		if (!enabled) {
			this.events.publishEvent(new AccessEnded(account.getUsername(), null));
		}
	}

	/**
	 * An administrator changes an account's roles and the name and job title it signs
	 * pages off with (values already checked, {@link AccountDetailsForm}). Each change is
	 * audited. A change of roles ends the account's sessions everywhere (but for
	 * {@code keepSessionId}, the administrator's own when they changed their own roles),
	 * so that a role taken away is gone at once and a role given is there at the next
	 * sign-in.
	 * @return whether the roles changed
	 */
	@Transactional
	boolean changeDetails(Long id, Set<Role> roles, String reviewerName, String reviewerTitle, String actor,
			String keepSessionId) {
		StaffAccount account = find(id);
		boolean yourself = account.getUsername().equals(actor);
		if (yourself && account.isAdmin() && !roles.contains(Role.ADMIN)) {
			throw new OwnAdministratorRole();
		}
		Set<Role> before = account.getRoles();
		Set<Role> after = EnumSet.noneOf(Role.class);
		after.addAll(roles);
		boolean rolesChanged = !before.equals(after);
		if (rolesChanged) {
			account.setRoles(after);
			this.audit.record(AuditAction.ACCOUNT_ROLES_CHANGED, null,
					account.getUsername() + ": " + describe(before) + " to " + describe(after));
		}
		String nameBefore = account.getReviewerName();
		String titleBefore = account.getReviewerTitle();
		account.setReviewerDetails(reviewerName, reviewerTitle);
		if (!Objects.equals(nameBefore, account.getReviewerName())
				|| !Objects.equals(titleBefore, account.getReviewerTitle())) {
			this.audit.record(AuditAction.REVIEWER_DETAILS_CHANGED, null,
					account.getUsername() + ": " + account.reviewer().map(AccountService::describe).orElse("none"));
		}
		if (rolesChanged) {
			this.events.publishEvent(new AccessEnded(account.getUsername(), yourself ? keepSessionId : null));
		}
		return rolesChanged;
	}

	/** An administrator gives an account a new password; its sessions end. */
	@Transactional
	void resetPassword(Long id, String password) {
		StaffAccount account = find(id);
		account.changePassword(this.passwords.encode(password), this.clock.instant());
		this.audit.record(AuditAction.PASSWORD_RESET, null, account.getUsername());
		this.events.publishEvent(new AccessEnded(account.getUsername(), null));
	}

	/**
	 * A member of staff changes their own password; every other session of theirs ends.
	 * Returns false, changing nothing, when the current password is not right.
	 */
	@Transactional
	boolean changeOwn(String username, String current, String replacement, String keepSessionId) {
		StaffAccount account = this.accounts.findByUsername(username).orElseThrow();
		if (current == null || !this.passwords.matches(current, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwords.encode(replacement), this.clock.instant());
		this.audit.record(AuditAction.PASSWORD_CHANGED, null, account.getUsername());
		this.events.publishEvent(new AccessEnded(account.getUsername(), keepSessionId));
		return true;
	}

	StaffAccount find(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new PageNotFoundException("staff account"));
	}

	private static String describe(Reviewer reviewer) {
		return (reviewer.jobTitle() != null) ? reviewer.name() + " (" + reviewer.jobTitle() + ")" : reviewer.name();
	}

	private static String describe(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(" and "));
	}

}
