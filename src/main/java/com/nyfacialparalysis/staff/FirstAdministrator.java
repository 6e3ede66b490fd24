package com.nyfacialparalysis.staff;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator at start-up, from CLINIC_ADMIN_USERNAME and
 * CLINIC_ADMIN_PASSWORD, when there is no staff account at all. There is never a built-in
 * account or a default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccountRepository accounts;

	private final FirstAdministratorProperties admin;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	FirstAdministrator(StaffAccountRepository accounts, FirstAdministratorProperties admin, PasswordEncoder passwords,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.admin = admin;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String username = this.admin.username();
		String password = this.admin.password();
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			log.warn("No staff account exists yet. To create the first administrator, start the site with the "
					+ "environment variables CLINIC_ADMIN_USERNAME and CLINIC_ADMIN_PASSWORD (at least "
					+ StaffAccount.PASSWORD_MIN + " characters).");
			return;
		}
		if (password.length() < StaffAccount.PASSWORD_MIN) {
			log.error("CLINIC_ADMIN_PASSWORD is too short: it needs at least {} characters. No administrator was "
					+ "created.", StaffAccount.PASSWORD_MIN);
			return;
		}
		try {
			this.accounts.save(new StaffAccount(username.trim(), username.trim(), this.passwords.encode(password),
					Role.ADMIN, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Several instances started at once on an empty database: another one created
			// it a moment ago.
			log.info("The first administrator account '{}' was created by another instance.", username.trim());
			return;
		}
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, null, "first administrator " + username.trim());
		log.info("Created the first administrator account '{}'. Change its password after signing in.",
				username.trim());
	}

}
