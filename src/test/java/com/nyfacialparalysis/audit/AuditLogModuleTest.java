package com.nyfacialparalysis.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit log on its own (Spring Modulith starts this module's beans alone, with a
 * clock of the test's in place of the system module's): what it keeps of a request's
 * changes and how it counts repeated refusals. It leans on no other module, so nothing
 * else is needed.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditLogModuleTest {

	static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");

	@Autowired
	AuditLog audit;

	@Autowired
	AuditEventRepository events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestsHistoryIsItsChangesOldestFirstWithoutItsViews() {
		this.audit.record("rita", AuditAction.REQUEST_VIEWED, "AUDT-0001", null);
		this.audit.record("rita", AuditAction.STATUS_CHANGED, "AUDT-0001", "NEW to CONTACTED");
		this.audit.record("abe", AuditAction.NOTE_ADDED, "AUDT-0001", null);
		this.audit.record("abe", AuditAction.NOTE_ADDED, "AUDT-0002", null);
		assertThat(this.events.historyOf("AUDT-0001"))
			.extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getDetail)
			.containsExactly(tuple("rita", AuditAction.STATUS_CHANGED, "NEW to CONTACTED"),
					tuple("abe", AuditAction.NOTE_ADDED, null));
	}

	@Test
	void refusalsRepeatedFromOneSourceWithinTheHourAreOneLineWithTheirCount() {
		for (int i = 0; i < 3; i++) {
			this.audit.recordRepeated(null, AuditAction.SIGN_IN_FAILED, "unknown username #0a1b2c3d");
		}
		this.audit.recordRepeated(null, AuditAction.SIGN_IN_FAILED, "unknown username #99999999");
		assertThat(this.jdbc.queryForList(
				"select repeat_count from audit_events where action = 'SIGN_IN_FAILED' order by repeat_count desc",
				Integer.class))
			.containsExactly(3, 1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
