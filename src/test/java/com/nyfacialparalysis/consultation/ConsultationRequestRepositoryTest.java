package com.nyfacialparalysis.consultation;

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
 * The table behind the form, built by the Flyway migration: its limits match the form's,
 * and it refuses a second request with the same reference or the same one-time token.
 */
@DataJpaTest
@ActiveProfiles("test")
class ConsultationRequestRepositoryTest {

	@Autowired
	ConsultationRequestRepository requests;

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
		ConsultationForm form = form();
		form.setFullName("N".repeat(ConsultationRequest.NAME_MAX));
		form.setEmail("e".repeat(ConsultationRequest.EMAIL_MAX - 12) + "@example.com");
		form.setPhone("1".repeat(ConsultationRequest.PHONE_MAX));
		form.setMessage("m".repeat(ConsultationRequest.MESSAGE_MAX));
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
		ConsultationForm form = form();
		this.requests.saveAndFlush(new ConsultationRequest("TOKN-AAAA", "11111111-2222-3333-4444-555555555555", form,
				RequestStatus.NEW, Instant.now()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.requests.saveAndFlush(new ConsultationRequest("TOKN-BBBB",
					"11111111-2222-3333-4444-555555555555", form, RequestStatus.NEW, Instant.now())));
	}

	private static ConsultationRequest request(String reference, ConsultationForm form) {
		return new ConsultationRequest(reference, UUID.randomUUID().toString(), form, RequestStatus.NEW, Instant.now());
	}

	private static ConsultationForm form() {
		ConsultationForm form = new ConsultationForm();
		form.setFullName("Maria Garcia");
		form.setPhone("212 555 0123");
		form.setPreferredContact(PreferredContact.PHONE);
		form.setSuddenWeakness(SuddenWeakness.NO);
		form.setConcern("not-sure");
		form.setConsent(true);
		return form;
	}

	private static int longestName(Enum<?>[] values) {
		int longest = 0;
		for (Enum<?> value : values) {
			longest = Math.max(longest, value.name().length());
		}
		return longest;
	}

}
