package com.nyfacialparalysis.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's authenticator secret, encrypted ({@link TwoFactorSecrets}); set up once a
 * code from it has been given. Written only by its repository's queries after it is made,
 * so that two instances accepting codes at once never undo each other.
 */
@Entity
@Table(name = "staff_second_factors")
class SecondFactor {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "secret", nullable = false, length = 200, updatable = false)
	private String sealedSecret;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "confirmed_at", insertable = false)
	private Instant confirmedAt;

	@Column(name = "last_used_step", insertable = false)
	private long lastUsedStep;

	protected SecondFactor() {
	}

	SecondFactor(Long accountId, String sealedSecret, Instant createdAt) {
		this.accountId = accountId;
		this.sealedSecret = sealedSecret;
		this.createdAt = createdAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getSealedSecret() {
		return this.sealedSecret;
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	long getLastUsedStep() {
		return this.lastUsedStep;
	}

}
