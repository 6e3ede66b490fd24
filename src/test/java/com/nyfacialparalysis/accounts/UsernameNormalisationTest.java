package com.nyfacialparalysis.accounts;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accounts that exist when usernames become normalised are normalised by migration 9,
 * and two that would become one name stop it, naming both, rather than one being lost.
 */
class UsernameNormalisationTest {

	@Test
	void existingUsernamesAreStoredInTheirNormalisedForm() {
		DriverManagerDataSource database = database();
		migrate(database, "8");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		account(jdbc, "FrontDesk");
		account(jdbc, "\uFF52ita");
		account(jdbc, "front-de\u017Fk");
		migrate(database, "latest");
		assertThat(jdbc.queryForList("select username from staff_accounts order by id", String.class))
			.containsExactly("frontdesk", "rita", "front-desk");
	}

	@Test
	void twoAccountsThatWouldBecomeOneNameStopTheMigrationNamingThem() {
		DriverManagerDataSource database = database();
		migrate(database, "8");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		account(jdbc, "rita");
		account(jdbc, "RITA");
		assertThatThrownBy(() -> migrate(database, "latest")).isInstanceOf(FlywayException.class)
			.rootCause()
			.hasMessageContaining("rename one of them");
		assertThat(jdbc.queryForList("select username from staff_accounts order by id", String.class))
			.as("nothing changed")
			.isEqualTo(List.of("rita", "RITA"));
	}

	@Test
	void theMigrationsOwnCopyOfTheRuleStillAgreesWithTheSites() {
		for (String typed : List.of("FrontDesk", "\uFF52ita", "front-de\u017Fk", "  Ana.Ruiz@Clinic  ", "İstanbul",
				"ﬁona", "x".repeat(63) + "\uD83D\uDE00", "y".repeat(80))) {
			assertThat(UsernameNormalisation.normalise(typed)).as(typed).isEqualTo(Usernames.normalise(typed));
		}
	}

	private static void account(JdbcTemplate jdbc, String username) {
		jdbc.update(
				"insert into staff_accounts (username, display_name, password_hash, enabled, created_at, "
						+ "password_changed_at) values (?, ?, '{noop}x', true, current_timestamp, current_timestamp)",
				username, username);
	}

	private static void migrate(DriverManagerDataSource database, String target) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(new UsernameNormalisation())
			.target(target)
			.load()
			.migrate();
	}

	private static DriverManagerDataSource database() {
		return new DriverManagerDataSource("jdbc:h2:mem:usernames-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
	}

}
