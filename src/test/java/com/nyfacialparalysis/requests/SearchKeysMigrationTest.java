package com.nyfacialparalysis.requests;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database with requests stored before the search keys (V50) gets them when it is
 * upgraded (V51), made by the same code as for a new request: a clinic that upgrades
 * finds its earlier requests by name and phone at once.
 */
class SearchKeysMigrationTest {

	@Test
	void requestsStoredBeforeTheKeysAreFoundAfterTheUpgrade() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		flyway(database).target("50").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("""
				insert into consultation_requests (reference, submission_token, full_name, email, phone, phone_digits,
				  preferred_contact, concern, sudden_weakness, urgent, status, consent_at, received_at)
				values ('OLDR-EQ42', ?, 'Zoë Ñúñez-O''Hara', 'Zoe.N@Example.com', '+1 (917) 555-0142', '19175550142',
				  'PHONE', 'bells-palsy', 'NO', false, 'NEW', current_timestamp, current_timestamp)""",
				UUID.randomUUID().toString());
		flyway(database).load().migrate();
		assertThat(jdbc.queryForObject("select phone_reversed from consultation_requests", String.class))
			.isEqualTo("24105557191");
		List<String> keys = jdbc.queryForList("select search_key from request_search_keys order by search_key",
				String.class);
		assertThat(keys)
			.containsExactlyInAnyOrderElementsOf(SearchTerms.keysOf("Zoë Ñúñez-O'Hara", "Zoe.N@Example.com"));
		assertThat(keys).contains("zoe", "nunez", "o", "hara", "nunezohara", "zoe.n@example.com");
	}

	private static FluentConfiguration flyway(DriverManagerDataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/h2");
	}

}
