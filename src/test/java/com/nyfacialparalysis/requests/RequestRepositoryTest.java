package com.nyfacialparalysis.requests;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The table behind the form, built by the Flyway migration: its limits match the form's
 * (which uses the same constants), and it refuses a second request with the same
 * reference or the same one-time token.
 */
@DataJpaTest
@ActiveProfiles("test")
class RequestRepositoryTest {

	@Autowired
	RequestRepository requests;

	@Autowired
	DataSource dataSource;

	@Test
	void everyLimitInTheFormMatchesItsDatabaseColumn() throws Exception {
		Map<String, Integer> sizes = new HashMap<>();
		try (var connection = this.dataSource.getConnection();
				ResultSet columns = connection.getMetaData().getColumns(null, null, "CONSULTATION_REQUESTS", null)) {
			while (columns.next()) {
				sizes.put(columns.getString("COLUMN_NAME").toLowerCase(), columns.getInt("COLUMN_SIZE"));
			}
		}
		assertThat(sizes).containsEntry("full_name", ConsultationRequest.NAME_MAX)
			.containsEntry("email", ConsultationRequest.EMAIL_MAX)
			.containsEntry("phone", ConsultationRequest.PHONE_MAX)
			.containsEntry("concern", ConsultationRequest.CONCERN_MAX)
			.containsEntry("message", ConsultationRequest.MESSAGE_MAX);
		assertThat(sizes.get("symptom_duration")).isGreaterThanOrEqualTo(longestName(SymptomDuration.values()));
		assertThat(sizes.get("best_time_to_call")).isGreaterThanOrEqualTo(longestName(BestTimeToCall.values()));
		assertThat(sizes.get("sudden_weakness")).isGreaterThanOrEqualTo(longestName(SuddenWeakness.values()));
		assertThat(sizes.get("preferred_contact")).isGreaterThanOrEqualTo(longestName(PreferredContact.values()));
		assertThat(sizes.get("status")).isGreaterThanOrEqualTo(longestName(RequestStatus.values()));
	}

	@Test
	void storesTheLongestValuesTheFormAllows() {
		RequestDetails form = new RequestDetails("N".repeat(ConsultationRequest.NAME_MAX),
				"e".repeat(ConsultationRequest.EMAIL_MAX - 12) + "@example.com",
				"1".repeat(ConsultationRequest.PHONE_MAX), PreferredContact.PHONE, ConsultationRequest.NOT_SURE, null,
				"m".repeat(ConsultationRequest.MESSAGE_MAX), null, SuddenWeakness.NO, CallLanguage.OTHER,
				"l".repeat(CallLanguage.OTHER_MAX), true);
		ConsultationRequest saved = this.requests.saveAndFlush(request("LONG-VALS", form));
		assertThat(this.requests.findById(saved.getId())).isPresent();
	}

	@Test
	void refusesASecondRequestWithTheSameReference() {
		this.requests.saveAndFlush(request("SAME-REFX", form()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.requests.saveAndFlush(request("SAME-REFX", form())));
	}

	@Test
	void refusesASecondRequestWithTheSameOneTimeToken() {
		RequestDetails form = form();
		this.requests.saveAndFlush(new ConsultationRequest("TOKN-AAAA", "11111111-2222-3333-4444-555555555555", form,
				RequestStatus.NEW, Instant.now()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.requests.saveAndFlush(new ConsultationRequest("TOKN-BBBB",
					"11111111-2222-3333-4444-555555555555", form, RequestStatus.NEW, Instant.now())));
	}

	private static ConsultationRequest request(String reference, RequestDetails form) {
		return new ConsultationRequest(reference, UUID.randomUUID().toString(), form, RequestStatus.NEW, Instant.now());
	}

	private static RequestDetails form() {
		return new RequestDetails("Maria Garcia", null, "212 555 0123", PreferredContact.PHONE,
				ConsultationRequest.NOT_SURE, null, null, null, SuddenWeakness.NO, null, null, false);
	}

	private static int longestName(Enum<?>[] values) {
		int longest = 0;
		for (Enum<?> value : values) {
			longest = Math.max(longest, value.name().length());
		}
		return longest;
	}

}
