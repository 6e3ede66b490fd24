package com.nyfacialparalysis.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * No timing tell at the password step: a disabled account, a wrong password and a
 * username that matches no account each cost one password hash before the same refusal,
 * so an attacker cannot tell them apart by how fast the answer comes. (Counted, not
 * timed: each path does the same hashing work.)
 */
class PasswordCheckTest {

	private final AtomicInteger hashes = new AtomicInteger();

	private final PasswordEncoder countingEncoder = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return "{counted}" + rawPassword.length();
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			PasswordCheckTest.this.hashes.incrementAndGet();
			return encodedPassword.equals("{counted}" + rawPassword.length())
					&& "right-password-1".contentEquals(rawPassword);
		}

	};

	@Test
	void aDisabledAccountAWrongPasswordAndAnUnknownUserEachCostOneHash() {
		StaffAccountRepository accounts = mock(StaffAccountRepository.class);
		given(accounts.findByUsername(anyString())).willReturn(Optional.empty());
		StaffAccount enabled = account("rita", true);
		StaffAccount disabled = account("dora", false);
		given(accounts.findByUsername("rita")).willReturn(Optional.of(enabled));
		given(accounts.findByUsername("dora")).willReturn(Optional.of(disabled));
		DaoAuthenticationProvider check = StaffSecurityConfig.passwordCheck(new StaffUserDetailsService(accounts),
				this.countingEncoder);
		check.authenticate(token("rita", "right-password-1"));

		assertThat(hashesFor(() -> check.authenticate(token("dora", "right-password-1"))))
			.isInstanceOf(DisabledException.class);
		assertThat(this.hashes.get()).as("disabled account").isEqualTo(1);
		assertThat(hashesFor(() -> check.authenticate(token("rita", "wrong-password-1"))))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(this.hashes.get()).as("wrong password").isEqualTo(1);
		assertThat(hashesFor(() -> check.authenticate(token("nobody", "right-password-1"))))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(this.hashes.get()).as("unknown username").isEqualTo(1);
		assertThat(hashesFor(() -> check.authenticate(token("no\u0000body", "right-password-1"))))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(this.hashes.get()).as("a name no account can have").isEqualTo(1);
	}

	private Throwable hashesFor(Runnable attempt) {
		this.hashes.set(0);
		try {
			attempt.run();
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private StaffAccount account(String username, boolean enabled) {
		StaffAccount account = new StaffAccount(username, username, this.countingEncoder.encode("right-password-1"),
				EnumSet.of(Role.STAFF), Instant.now());
		account.setEnabled(enabled);
		return account;
	}

	private static UsernamePasswordAuthenticationToken token(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
