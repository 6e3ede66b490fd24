package com.nyfacialparalysis.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.codec.Hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pieces of two-factor sign-in on their own: the codes are RFC 6238's, a code is
 * accepted for its step and one either side but never for a step already used, the QR
 * code reads back as the app's address, and a secret opens only with the site's key.
 */
class TwoFactorCodesTest {

	/** The SHA-1 key of RFC 6238's test vectors, "12345678901234567890". */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesAreThoseOfTheRfc6238TestVectors() {
		long[][] vectors = { { 59, 94287082 }, { 1111111109, 7081804 }, { 1111111111, 14050471 },
				{ 1234567890, 89005924 }, { 2000000000, 69279037 }, { 20000000000L, 65353130 } };
		for (long[] vector : vectors) {
			long step = TotpCodes.stepAt(Instant.ofEpochSecond(vector[0]));
			assertThat(TotpCodes.truncate(TotpCodes.hmac(RFC_KEY, step), 8)).as("T=%d", vector[0])
				.isEqualTo((int) vector[1]);
			assertThat(TotpCodes.codeAt(RFC_KEY, step)).isEqualTo(String.format("%06d", vector[1] % 1_000_000));
		}
	}

	@Test
	void theTestsAuthenticatorAppAgreesWithTheSite() {
		String key = SetupKey.of(RFC_KEY);
		assertThat(key).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(new Base32().decode(SetupKey.grouped(key).toLowerCase())).isEqualTo(RFC_KEY);
		AuthenticatorApp app = new AuthenticatorApp(SetupKey.grouped(key));
		Instant moment = Instant.ofEpochSecond(1111111109);
		assertThat(app.codeAt(moment)).isEqualTo("081804")
			.isEqualTo(TotpCodes.codeAt(RFC_KEY, TotpCodes.stepAt(moment)));
	}

	@Test
	void aCodeIsGoodForItsStepAndOneEitherSideButNeverForAStepAlreadyUsed() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = TotpCodes.stepAt(now);
		for (long drift = -1; drift <= 1; drift++) {
			String code = TotpCodes.codeAt(RFC_KEY, step + drift);
			assertThat(TotpCodes.matchingStep(RFC_KEY, code, now, 0)).as("drift %d", drift).hasValue(step + drift);
			assertThat(TotpCodes.matchingStep(RFC_KEY, code, now, step + drift)).as("replayed, drift %d", drift)
				.isEmpty();
		}
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeAt(RFC_KEY, step - 2), now, 0)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeAt(RFC_KEY, step + 2), now, 0)).isEmpty();
	}

	@Test
	void theQrCodeReadsBackAsTheAppsAddress() throws Exception {
		String address = "otpauth://totp/NYFP:rita?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=NYFP"
				+ "&algorithm=SHA1&digits=6&period=30";
		String image = QrCodes.dataUri(address);
		assertThat(image).startsWith("data:image/svg+xml;base64,");
		assertThat(QrCodeReading.read(image)).isEqualTo(address);
	}

	@Test
	void aSecretIsStoredEncryptedAndOpensOnlyWithTheSitesKey() {
		TwoFactorSecrets secrets = secrets("one-site-secret-key-0123456789-ab");
		byte[] secret = secrets.newSecret();
		String sealed = secrets.seal(secret);
		assertThat(sealed).doesNotContain(SetupKey.of(secret)).doesNotContain(new String(Hex.encode(secret)));
		assertThat(secrets.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(secrets.open(sealed)).isEqualTo(secret);
		TwoFactorSecrets elsewhere = secrets("another-site-secret-key-01234567");
		assertThatThrownBy(() -> elsewhere.open(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void recoveryCodesAreReadWhateverTheCaseSpacesOrDashes() {
		assertThat(SecondFactors.normaliseRecoveryCode(" ABCDE-fghjk ")).isEqualTo("abcdefghjk");
		assertThat(SecondFactors.normaliseRecoveryCode("abcde fghjk")).isEqualTo("abcdefghjk");
		assertThat(SecondFactors.normaliseRecoveryCode("x".repeat(41))).isEmpty();
	}

	private static TwoFactorSecrets secrets(String key) {
		return new TwoFactorSecrets(Arrays.copyOf(key.getBytes(StandardCharsets.US_ASCII), 32));
	}

}
