package com.nyfacialparalysis.accounts;

/**
 * An account's ways of signing in were taken away by an administrator: the account was
 * disabled, or its two-factor sign-in was reset. Published inside the change's
 * transaction, so that whatever else an account signs in with (its passkeys) goes with
 * it, or not at all. Its sessions end through {@link AccessEnded}, as before.
 *
 * @param username the account's username
 */
public record SignInTakenAway(String username) {
}
