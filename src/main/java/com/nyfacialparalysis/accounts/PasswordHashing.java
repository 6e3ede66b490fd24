package com.nyfacialparalysis.accounts;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How staff passwords are kept: Argon2id (memory 19 MiB, 2 passes, one lane: the OWASP
 * baseline), which takes a passphrase of any length. Hashes made earlier with bcrypt are
 * still read, and replaced by an Argon2id hash at the next sign-in
 * ({@link StaffUserDetailsService#updatePassword}). Each hash takes its memory from the
 * heap, so at most as many are computed at once as there are processors; a flood of
 * sign-ins waits its turn instead of exhausting memory.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String CURRENT = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(CURRENT, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
		encoders.put("bcrypt", new EarlierBcrypt());
		DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(CURRENT, encoders);
		return new FewAtATime(delegating, Math.max(2, Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * Reads bcrypt hashes made before Argon2id. bcrypt looks only at the first 72 bytes
	 * of a password, and no password longer than that was ever stored with it, so a
	 * longer one never matches (rather than matching on its first 72 bytes).
	 */
	static final class EarlierBcrypt implements PasswordEncoder {

		static final int MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("New passwords are hashed with Argon2id");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				return false;
			}
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return true;
		}

	}

	/** Lets only a few hashes be computed at once. */
	static final class FewAtATime implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final Semaphore permits;

		FewAtATime(PasswordEncoder delegate, int atOnce) {
			this.delegate = delegate;
			this.permits = new Semaphore(atOnce, true);
		}

		@Override
		public String encode(CharSequence rawPassword) {
			this.permits.acquireUninterruptibly();
			try {
				return this.delegate.encode(rawPassword);
			}
			finally {
				this.permits.release();
			}
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.permits.acquireUninterruptibly();
			try {
				return this.delegate.matches(rawPassword, encodedPassword);
			}
			finally {
				this.permits.release();
			}
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

	}

}
