package com.nyfacialparalysis.requests;

import java.util.Optional;

/**
 * The staff accounts a request can be given to, as the requests see them: by id. The
 * staff desk, which keeps the accounts, provides it.
 */
public interface Colleagues {

	/**
	 * The username of the account with this id if it may look after a request now (it is
	 * enabled); empty otherwise.
	 */
	Optional<String> whoCanOwn(Long accountId);

	/** The username of the account with this id, enabled or not, for the history. */
	Optional<String> usernameOf(Long accountId);

}
