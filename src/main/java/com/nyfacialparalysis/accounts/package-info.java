/**
 * Staff accounts and signing in to the desk: passwords and their hashing, two-factor
 * codes from an authenticator app and recovery codes, sessions and their limits, the
 * first administrator, the sign-in, password, two-factor and accounts pages, and the
 * security of every address under {@code /staff}.
 */
@ApplicationModule(displayName = "Accounts and sign-in", allowedDependencies = { "audit", "clinic", "content",
		"content :: review", "requests", "system", "system :: limits", "system :: secrets", "system :: security" })
package com.nyfacialparalysis.accounts;

import org.springframework.modulith.ApplicationModule;
