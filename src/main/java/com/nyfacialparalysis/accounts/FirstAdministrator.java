package com.nyfacialparalysis.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator at start-up, from CLINIC_ADMIN_USERNAME and
 * CLINIC_ADMIN_PASSWORD, when there is no staff account at all. There is never a built-in
 * account or a default password, and the first administrator sets up two-factor sign-in
 * at the first sign-in like everyone else. A username or password the accounts page would
 * refuse is refused here too, in one log line: the site starts all the same.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccountRepository accounts;

	private final FirstAdministratorProperties admin;

	private final AccountService service;

	FirstAdministrator(StaffAccountRepository accounts, FirstAdministratorProperties admin, AccountService service) {
		this.accounts = accounts;
		this.admin = admin;
		this.service = service;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String username = (this.admin.username() == null) ? "" : this.admin.username().strip();
		String password = this.admin.password();
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			log.warn("No staff account exists yet. To create the first administrator, start the site with the "
					+ "environment variables CLINIC_ADMIN_USERNAME and CLINIC_ADMIN_PASSWORD (at least "
					+ StaffAccount.PASSWORD_MIN + " characters).");
			return;
		}
		if (!username.matches("[A-Za-z0-9._@-]{3,60}")) {
			log.error("CLINIC_ADMIN_USERNAME must be 3 to 60 letters, digits, dots, dashes or @. No administrator "
					+ "was created.");
			return;
		}
		if (password.length() < StaffAccount.PASSWORD_MIN) {
			log.error("CLINIC_ADMIN_PASSWORD is too short: it needs at least {} characters. No administrator was "
					+ "created.", StaffAccount.PASSWORD_MIN);
			return;
		}
		if (!NewPassword.Validator.isAcceptable(password)) {
			log.error("CLINIC_ADMIN_PASSWORD must be at most {} characters, without control characters. No "
					+ "administrator was created.", StaffAccount.PASSWORD_MAX);
			return;
		}
		try {
			this.service.createFirstAdministrator(username, password);
		}
		catch (AccountService.UsernameTaken ex) {
			// Several instances started at once on an empty database: another one created
			// it a moment ago.
			log.info("The first administrator account '{}' was created by another instance.",
					Usernames.normalise(username));
			return;
		}
		log.info("Created the first administrator account '{}'. Sign in to set up two-factor sign-in, then change "
				+ "the password.", Usernames.normalise(username));
	}

}
