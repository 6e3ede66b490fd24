package com.nyfacialparalysis.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.secrets.KeyedHash;
import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * Each account's second factor: an authenticator app (RFC 6238 codes, {@link TotpCodes})
 * and ten single-use recovery codes. Setting up, using a recovery code, making a new set
 * and an administrator's reset are in the audit log, written with the change.
 */
@Service
class SecondFactors {

	/**
	 * The factor a code from the app (or a recovery code) gives, beside Spring Security's
	 * {@code FACTOR_PASSWORD}; every staff page needs both.
	 */
	static final String AUTHORITY = "FACTOR_TOTP";

	static final int RECOVERY_CODES = 10;

	/** Letters and digits that cannot be mistaken for one another (no 0, 1, i, l, o). */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final StaffAccountRepository accounts;

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final TwoFactorSecrets secrets;

	private final KeyedHash recoveryCodeHash;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ClinicProperties clinic;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SecondFactors(StaffAccountRepository accounts, SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
			TwoFactorSecrets secrets, SiteSecret siteSecret, AuditLog audit, ApplicationEventPublisher events,
			ClinicProperties clinic, Clock clock) {
		this.accounts = accounts;
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.secrets = secrets;
		this.recoveryCodeHash = siteSecret.keyedHashFor("recovery-codes");
		this.audit = audit;
		this.events = events;
		this.clinic = clinic;
		this.clock = clock;
	}

	/** What happened to a code from the app. */
	enum Outcome {

		/** Right, and not used before: signed in. */
		ACCEPTED,
		/** Right, and the first one: the app is now set up. */
		SET_UP,
		/** Not the code of this moment. */
		WRONG,
		/** The right code, but already used once. */
		ALREADY_USED

	}

	/**
	 * What a person needs to set up their app: the secret as text grouped for typing, and
	 * as a QR code.
	 */
	record Setup(String secretText, String qrCode) {
	}

	@Transactional(readOnly = true)
	boolean isSetUp(String username) {
		return factorOf(username).filter(SecondFactor::isConfirmed).isPresent();
	}

	/**
	 * The secret for setting up the app: the one waiting to be confirmed, or a new one;
	 * empty when the app is already set up.
	 */
	@Transactional
	Optional<Setup> setup(String username) {
		StaffAccount account = this.accounts.findByUsername(username).orElseThrow();
		SecondFactor factor = this.factors.findById(account.getId())
			.orElseGet(() -> this.factors.saveAndFlush(new SecondFactor(account.getId(),
					this.secrets.seal(this.secrets.newSecret()), this.clock.instant())));
		if (factor.isConfirmed()) {
			return Optional.empty();
		}
		String secret = SetupKey.of(this.secrets.open(factor.getSealedSecret()));
		String issuer = this.clinic.shortName();
		String address = "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP_SECONDS;
		return Optional.of(new Setup(SetupKey.grouped(secret), QrCodes.dataUri(address)));
	}

	/**
	 * Checks a code from the app. The first right code sets the app up; after that each
	 * code is accepted once: its 30-second step must be later than the last one used, on
	 * whichever instance that was.
	 */
	@Transactional
	Outcome checkCode(String username, String typed) {
		String code = (typed == null) ? "" : typed.replace(" ", "").strip();
		Optional<SecondFactor> found = factorOf(username);
		if (!code.matches("[0-9]{" + TotpCodes.DIGITS + "}") || found.isEmpty()) {
			return Outcome.WRONG;
		}
		SecondFactor factor = found.get();
		byte[] secret = this.secrets.open(factor.getSealedSecret());
		Instant now = this.clock.instant();
		OptionalLong step = TotpCodes.matchingStep(secret, code, now, factor.getLastUsedStep());
		if (step.isEmpty()) {
			return TotpCodes.isRecent(secret, code, now) ? Outcome.ALREADY_USED : Outcome.WRONG;
		}
		if (!factor.isConfirmed()) {
			if (this.factors.confirm(factor.getAccountId(), step.getAsLong(), now) == 0) {
				return Outcome.ALREADY_USED;
			}
			this.audit.record(username, AuditAction.TWO_FACTOR_SET_UP, null, null);
			return Outcome.SET_UP;
		}
		return (this.factors.useStep(factor.getAccountId(), step.getAsLong()) == 1) ? Outcome.ACCEPTED
				: Outcome.ALREADY_USED;
	}

	/** Uses a recovery code once; true when it was one of the account's unused codes. */
	@Transactional
	boolean useRecoveryCode(String username, String typed) {
		Optional<SecondFactor> factor = factorOf(username).filter(SecondFactor::isConfirmed);
		String code = normaliseRecoveryCode(typed);
		if (factor.isEmpty() || code.isEmpty()) {
			return false;
		}
		Long account = factor.get().getAccountId();
		if (this.recoveryCodes.use(account, hash(account, code), this.clock.instant()) != 1) {
			return false;
		}
		this.audit.record(username, AuditAction.RECOVERY_CODE_USED, null,
				this.recoveryCodes.countUnused(account) + " left");
		return true;
	}

	@Transactional(readOnly = true)
	long recoveryCodesLeft(String username) {
		return factorOf(username).map((factor) -> this.recoveryCodes.countUnused(factor.getAccountId())).orElse(0L);
	}

	/**
	 * A new set of recovery codes, which ends the old one. The codes are returned to be
	 * shown once; only their keyed hashes are kept.
	 */
	@Transactional
	List<String> newRecoveryCodes(String username) {
		SecondFactor factor = factorOf(username).filter(SecondFactor::isConfirmed).orElseThrow();
		Long account = factor.getAccountId();
		this.recoveryCodes.deleteForAccount(account);
		Set<String> codes = new TreeSet<>();
		while (codes.size() < RECOVERY_CODES) {
			codes.add(newRecoveryCode());
		}
		Instant now = this.clock.instant();
		List<RecoveryCode> stored = new ArrayList<>();
		for (String code : codes) {
			stored.add(new RecoveryCode(account, hash(account, normaliseRecoveryCode(code)), now));
		}
		this.recoveryCodes.saveAll(stored);
		this.audit.record(username, AuditAction.RECOVERY_CODES_RENEWED, null, RECOVERY_CODES + " codes");
		return List.copyOf(codes);
	}

	/**
	 * An administrator takes away an account's app and recovery codes (a lost phone): its
	 * sessions end, and it sets up again at its next sign-in.
	 */
	@Transactional
	void reset(Long accountId) {
		StaffAccount account = this.accounts.findById(accountId).orElseThrow();
		this.recoveryCodes.deleteForAccount(accountId);
		this.factors.deleteForAccount(accountId);
		this.audit.record(AuditAction.TWO_FACTOR_RESET, null, account.getUsername());
		this.events.publishEvent(new AccessEnded(account.getUsername(), null));
	}

	/** The accounts that have set up their app. */
	@Transactional(readOnly = true)
	Set<Long> setUpAccountIds() {
		return Set.copyOf(this.factors.findSetUpAccountIds());
	}

	private Optional<SecondFactor> factorOf(String username) {
		return this.accounts.findByUsername(username).flatMap((account) -> this.factors.findById(account.getId()));
	}

	private String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	/** A recovery code as typed, without spaces, dashes or case. */
	static String normaliseRecoveryCode(String typed) {
		if (typed == null || typed.length() > 40) {
			return "";
		}
		return Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private String hash(Long account, String code) {
		return this.recoveryCodeHash.hexOf(account + ":" + code);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
