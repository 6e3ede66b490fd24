package com.nyfacialparalysis.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One single-use recovery code of an account, kept only as a keyed hash.
 */
@Entity
@Table(name = "staff_recovery_codes")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "code_hash", nullable = false, length = 64, updatable = false)
	private String codeHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "used_at", insertable = false)
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long accountId, String codeHash, Instant createdAt) {
		this.accountId = accountId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
	}

}
