package com.nyfacialparalysis.accounts.passkeys;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * Whether administrators must sign in with a passkey: one setting, kept in the database
 * so that every instance applies it, changed by an administrator and audited.
 */
@Service
class PasskeyRequirement {

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	PasskeyRequirement(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean forAdministrators() {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("select administrators_use_passkeys from passkey_requirement where id = 1", Boolean.class));
	}

	@Transactional
	void setForAdministrators(boolean required, String administrator) {
		int changed = this.jdbc.update(
				"update passkey_requirement set administrators_use_passkeys = ?, changed_at = ?, changed_by = ? "
						+ "where id = 1 and administrators_use_passkeys <> ?",
				required, Timestamp.from(this.clock.instant()), administrator, required);
		if (changed == 1) {
			this.audit.record(administrator, AuditAction.PASSKEY_REQUIREMENT_CHANGED, null, required
					? "administrators must sign in with a passkey" : "administrators may use a password and code");
		}
	}

}
