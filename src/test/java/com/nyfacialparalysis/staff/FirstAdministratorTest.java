package com.nyfacialparalysis.staff;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentMatchers;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The first administrator comes only from configuration: never a built-in account, never
 * a default password.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

	private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);

	private final AuditLog audit = mock(AuditLog.class);

	@Test
	void withNothingConfiguredNoAccountIsCreatedAndTheLogSaysHowToCreateOne(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		bootstrap(null, null).run(null);
		verify(this.accounts, never()).save(any());
		assertThat(output.getOut()).contains("CLINIC_ADMIN_USERNAME", "CLINIC_ADMIN_PASSWORD");
	}

	@Test
	void aTooShortPasswordCreatesNoAccount(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		bootstrap("boss", "short").run(null);
		verify(this.accounts, never()).save(any());
		assertThat(output.getOut()).contains("too short").doesNotContain("short\n");
	}

	@Test
	void theConfiguredAdministratorIsCreatedOnceWithAHashedPassword() {
		given(this.accounts.count()).willReturn(0L);
		bootstrap("boss", "a-long-admin-password").run(null);
		verify(this.accounts).save(ArgumentMatchers.argThat((account) -> account.getUsername().equals("boss")
				&& account.getRole() == Role.ADMIN && account.getPasswordHash().startsWith("{bcrypt}")));
	}

	@Test
	void anotherInstanceCreatingItAtTheSameMomentDoesNotStopTheStart(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		given(this.accounts.save(any())).willThrow(new DataIntegrityViolationException("uk_staff_username"));
		bootstrap("boss", "a-long-admin-password").run(null);
		verify(this.audit, never()).record(any(), any(), any(), any());
		assertThat(output.getOut()).contains("created by another instance");
	}

	@Test
	void nothingHappensWhenAccountsAlreadyExist() {
		given(this.accounts.count()).willReturn(3L);
		bootstrap("boss", "a-long-admin-password").run(null);
		verify(this.accounts, never()).save(any());
	}

	private FirstAdministrator bootstrap(String username, String password) {
		return new FirstAdministrator(this.accounts, new FirstAdministratorProperties(username, password),
				PasswordEncoderFactories.createDelegatingPasswordEncoder(), this.audit, Clock.systemUTC());
	}

}
