package com.nyfacialparalysis.system.secrets;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one HMAC-SHA256 of the site gives the hashes the standard says (RFC 4231), so the
 * form's tokens, recovery codes and logged usernames made before it are still read.
 */
class KeyedHashTest {

	@Test
	void givesTheHashOfRfc4231() {
		KeyedHash hash = new KeyedHash("Jefe".getBytes(StandardCharsets.UTF_8));
		assertThat(hash.hexOf("what do ya want for nothing?"))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
		assertThat(hash.of("what do ya want for nothing?")).hasSize(32);
	}

}
