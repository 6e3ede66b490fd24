package com.nyfacialparalysis.accounts.passkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey authenticator in the test itself, as a phone or a security key does it: an
 * ES256 key pair made for one relying party, answers to the site's options in the JSON
 * the desk's script sends (what a browser's {@code PublicKeyCredential} holds, bytes in
 * base64url), with user verification or without, and from the origin a test chooses (a
 * browser writes the page's real origin; a phishing page's is its own).
 */
public final class TestAuthenticator {

	private static final ObjectConverter CONVERTER = new ObjectConverter();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final KeyPair keys;

	private final byte[] credentialId = new byte[16];

	private final String rpId;

	private byte[] userHandle;

	private long signCount;

	public TestAuthenticator(String rpId) {
		this.rpId = rpId;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		new SecureRandom().nextBytes(this.credentialId);
	}

	/** The passkey's id, as the site lists and removes it. */
	public String credentialId() {
		return BASE64URL.encodeToString(this.credentialId);
	}

	/**
	 * Makes the passkey from the options the site sent (JSON), and answers as the desk's
	 * script does ({@code navigator.credentials.create}).
	 */
	public String create(String optionsJson, String origin, boolean userVerified) {
		Map<?, ?> options = JSON.readValue(optionsJson, Map.class);
		this.userHandle = Base64.getUrlDecoder().decode((String) ((Map<?, ?>) options.get("user")).get("id"));
		String clientData = clientData("webauthn.create", (String) options.get("challenge"), origin);
		AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, this.credentialId,
				EC2COSEKey.create((ECPublicKey) this.keys.getPublic(), COSEAlgorithmIdentifier.ES256));
		AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(rpIdHash(),
				flags(userVerified, true), 0, credential);
		byte[] attestation = new AttestationObjectConverter(CONVERTER)
			.convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
		return JSON.writeValueAsString(Map.of("id", credentialId(), "rawId", credentialId(), "type", "public-key",
				"clientExtensionResults", Map.of(), "authenticatorAttachment", "platform", "response",
				Map.of("attestationObject", BASE64URL.encodeToString(attestation), "clientDataJSON",
						BASE64URL.encodeToString(clientData.getBytes(StandardCharsets.UTF_8)), "transports",
						new String[] { "internal" })));
	}

	/**
	 * Signs the challenge in the site's sign-in options (JSON) with this passkey, as
	 * {@code navigator.credentials.get} does on a page at {@code origin}.
	 */
	public String sign(String optionsJson, String origin, boolean userVerified) {
		Map<?, ?> options = JSON.readValue(optionsJson, Map.class);
		String clientData = clientData("webauthn.get", (String) options.get("challenge"), origin);
		this.signCount++;
		byte[] data = new AuthenticatorDataConverter(CONVERTER)
			.convert(new AuthenticatorData<AuthenticationExtensionAuthenticatorOutput>(rpIdHash(),
					flags(userVerified, false), this.signCount));
		byte[] clientDataBytes = clientData.getBytes(StandardCharsets.UTF_8);
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(this.keys.getPrivate());
			signature.update(data);
			signature.update(MessageDigest.getInstance("SHA-256").digest(clientDataBytes));
			return JSON.writeValueAsString(Map.of("id", credentialId(), "rawId", credentialId(), "type", "public-key",
					"clientExtensionResults", Map.of(), "response",
					Map.of("authenticatorData", BASE64URL.encodeToString(data), "clientDataJSON",
							BASE64URL.encodeToString(clientDataBytes), "signature",
							BASE64URL.encodeToString(signature.sign()), "userHandle",
							BASE64URL.encodeToString(this.userHandle))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte flags(boolean userVerified, boolean attested) {
		int flags = AuthenticatorData.BIT_UP | (userVerified ? AuthenticatorData.BIT_UV : 0)
				| (attested ? AuthenticatorData.BIT_AT : 0);
		return (byte) flags;
	}

	private byte[] rpIdHash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(this.rpId.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String clientData(String type, String challenge, String origin) {
		return JSON
			.writeValueAsString(Map.of("type", type, "challenge", challenge, "origin", origin, "crossOrigin", false));
	}

}
