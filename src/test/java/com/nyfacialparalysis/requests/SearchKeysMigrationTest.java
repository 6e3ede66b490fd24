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
 * upgraded (V51), made by the same rules as for a new request: a clinic that upgrades
 * finds its earlier requests by name and phone at once. V51 keeps its own copy of the
 * rules, so that a later change to SearchTerms cannot change what it does; should the
 * rules be changed on purpose, the second test fails, and the earlier requests get their
 * new keys from a new migration (never by editing V51).
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

	@Test
	void theUpgradeMakesTheKeysANewRequestGetsTodayForTrickyNames() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		flyway(database).target("50").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		List<List<String>> people = List.of(List.of("Zoë Ñúñez-O'Hara", "Zoe.N@Example.com", "+1 (917) 555-0142"),
				List.of("María José García-López", "MJ.Garcia+clinic@correo.es", "917.555.0199 ext 12"),
				List.of("Seán Ó Briain", "", "(212) 434-4050"),
				List.of("D'Angelo  Œuvre-Strauß", " dangelo@EXAMPLE.org ", "212 555 0100"),
				List.of("Łukasz Ørsted-Æbelø", "lukasz.orsted@example.com", "+48 22 555 01 02"),
				List.of("Ｊｏｈｎ　Ｓｍｉｔｈ", "john@example.com", "2125550123"),
				List.of("李 小龍", "li@example.cn", "+86 10 5555 0101"));
		String insert = """
				insert into consultation_requests (reference, submission_token, full_name, email, phone,
				  phone_digits, preferred_contact, concern, sudden_weakness, urgent, status, consent_at, received_at)
				values (?, ?, ?, ?, ?, '0', 'PHONE', 'bells-palsy', 'NO', false, 'NEW', current_timestamp,
				  current_timestamp)""";
		int n = 0;
		for (List<String> person : people) {
			jdbc.update(insert, "TRKY-00" + (n++), UUID.randomUUID().toString(), person.get(0),
					person.get(1).isEmpty() ? null : person.get(1), person.get(2));
		}
		flyway(database).load().migrate();
		for (List<String> person : people) {
			long id = jdbc.queryForObject("select id from consultation_requests where full_name = ?", Long.class,
					person.get(0));
			List<String> keys = jdbc.queryForList("select search_key from request_search_keys where request_id = ?",
					String.class, id);
			assertThat(keys).as(person.get(0))
				.containsExactlyInAnyOrderElementsOf(
						SearchTerms.keysOf(person.get(0), person.get(1).isEmpty() ? null : person.get(1)));
			assertThat(jdbc.queryForObject("select phone_reversed from consultation_requests where id = ?",
					String.class, id))
				.as(person.get(2))
				.isEqualTo(SearchTerms.reversedDigits(person.get(2)));
		}
	}

	private static FluentConfiguration flyway(DriverManagerDataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/h2");
	}

}
