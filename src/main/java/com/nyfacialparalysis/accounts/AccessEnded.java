package com.nyfacialparalysis.accounts;

/**
 * An account's access was taken away or its proof changed (disabled, password reset or
 * changed, second factor reset): once that is committed, every session it has is ended,
 * but for the one it may keep (the session in which the person changed their own
 * password).
 *
 * @param username the account's username
 * @param keepSessionId the id of the session to keep, or null to end them all
 */
record AccessEnded(String username, String keepSessionId) {
}
