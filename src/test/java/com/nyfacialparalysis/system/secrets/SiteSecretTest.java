package com.nyfacialparalysis.system.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SiteSecretTest {

	@TempDir
	Path data;

	@Test
	void generatesAKeyOnceReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
		Path file = this.data.resolve("keys/secret.key");
		SiteSecret first = new SiteSecret(new SecretProperties("", file));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		SiteSecret afterRestart = new SiteSecret(new SecretProperties("", file));
		assertThat(afterRestart.keyFor("form-token")).isEqualTo(first.keyFor("form-token")).hasSize(32);
		try (var leftovers = Files.list(file.getParent())) {
			assertThat(leftovers).containsExactly(file);
		}
	}

	@Test
	void givesEachPurposeItsOwnKey() {
		SiteSecret secret = new SiteSecret(new SecretProperties("x".repeat(40), this.data.resolve("unused")));
		assertThat(secret.keyFor("form-token")).isNotEqualTo(secret.keyFor("two-factor"));
		assertThat(this.data.resolve("unused")).doesNotExist();
	}

	@Test
	void theSameConfiguredKeyGivesTheSameKeysOnEveryInstance() {
		SiteSecret one = new SiteSecret(new SecretProperties("y".repeat(40), this.data.resolve("a")));
		SiteSecret two = new SiteSecret(new SecretProperties("y".repeat(40), this.data.resolve("b")));
		assertThat(one.keyFor("two-factor")).isEqualTo(two.keyFor("two-factor"));
	}

	@Test
	void refusesAShortConfiguredKeyWithAClearMessage() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SiteSecret(new SecretProperties("short", this.data.resolve("a"))))
			.withMessageContaining("CLINIC_SECRET_KEY is too short");
	}

}
