package com.nyfacialparalysis.accounts;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.requests.Colleagues;

/**
 * The staff accounts as the requests see them: who may own a request (an enabled
 * account), and the username of any account for a request's history.
 */
@Component
class StaffColleagues implements Colleagues {

	private final StaffAccountRepository accounts;

	StaffColleagues(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<String> whoCanOwn(Long accountId) {
		return this.accounts.findById(accountId).filter(StaffAccount::isEnabled).map(StaffAccount::getUsername);
	}

	@Override
	public Optional<String> usernameOf(Long accountId) {
		return this.accounts.findById(accountId).map(StaffAccount::getUsername);
	}

}
