package com.nyfacialparalysis.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The first administrator comes only from configuration: never a built-in account, never
 * a default password, and never a failed start because of what was configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

	private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);

	private final AccountService service = mock(AccountService.class);

	@Test
	void withNothingConfiguredNoAccountIsCreatedAndTheLogSaysHowToCreateOne(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		bootstrap(null, null).run(null);
		verify(this.service, never()).createFirstAdministrator(any(), any());
		assertThat(output.getOut()).contains("CLINIC_ADMIN_USERNAME", "CLINIC_ADMIN_PASSWORD");
	}

	@Test
	void aTooShortPasswordCreatesNoAccount(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		bootstrap("boss", "short").run(null);
		verify(this.service, never()).createFirstAdministrator(any(), any());
		assertThat(output.getOut()).contains("too short").doesNotContain("short\n");
	}

	@Test
	void aLongPassphraseIsAccepted() {
		given(this.accounts.count()).willReturn(0L);
		String passphrase = "correct horse battery staple, and then a good deal more, well past seventy-two bytes";
		bootstrap("boss", passphrase).run(null);
		verify(this.service).createFirstAdministrator("boss", passphrase);
	}

	@Test
	void aPasswordBeyondAnyLimitIsRefusedInTheLogAndTheSiteStillStarts(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		bootstrap("boss", "x".repeat(StaffAccount.PASSWORD_MAX + 1)).run(null);
		bootstrap("bo\u0000ss", "a-long-admin-password").run(null);
		verify(this.service, never()).createFirstAdministrator(any(), any());
		assertThat(output.getOut()).contains("at most 200 characters", "CLINIC_ADMIN_USERNAME must be");
	}

	@Test
	void theConfiguredAdministratorIsCreated() {
		given(this.accounts.count()).willReturn(0L);
		bootstrap(" boss ", "a-long-admin-password").run(null);
		verify(this.service).createFirstAdministrator("boss", "a-long-admin-password");
	}

	@Test
	void anotherInstanceCreatingItAtTheSameMomentDoesNotStopTheStart(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		given(this.service.createFirstAdministrator(any(), any())).willThrow(new AccountService.UsernameTaken());
		bootstrap("boss", "a-long-admin-password").run(null);
		assertThat(output.getOut()).contains("created by another instance");
	}

	@Test
	void nothingHappensWhenAccountsAlreadyExist() {
		given(this.accounts.count()).willReturn(3L);
		bootstrap("boss", "a-long-admin-password").run(null);
		verify(this.service, never()).createFirstAdministrator(any(), any());
	}

	private FirstAdministrator bootstrap(String username, String password) {
		return new FirstAdministrator(this.accounts, new FirstAdministratorProperties(username, password),
				this.service);
	}

}
