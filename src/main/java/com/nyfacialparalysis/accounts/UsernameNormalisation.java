package com.nyfacialparalysis.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 9: stores every existing username in its normalised form, which SQL
 * cannot compute (it has no NFKC). The unique constraint on the username then holds for
 * the normalised names. Two accounts that would become one name stop the migration,
 * naming them, rather than one being lost. Spring Boot hands this bean to Flyway with the
 * SQL migrations.
 *
 * <p>
 * A migration never calls the application's code, which may change after it was written:
 * {@link #normalise} is a copy of {@link Usernames}' rule as it was then
 * (UsernameNormalisationTest checks that they still agree).
 */
@Component
class UsernameNormalisation implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("9");
	}

	@Override
	public String getDescription() {
		return "normalise usernames";
	}

	@Override
	public Integer getChecksum() {
		return 1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<Long, String> renamed = new LinkedHashMap<>();
		Map<String, Long> taken = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet accounts = select.executeQuery("select id, username from staff_accounts order by id")) {
			while (accounts.next()) {
				long id = accounts.getLong(1);
				String username = accounts.getString(2);
				String normalised = normalise(username);
				Long other = taken.putIfAbsent(normalised, id);
				if (other != null) {
					throw new IllegalStateException("Staff accounts " + other + " and " + id
							+ " have usernames that are the same once normalised ('" + normalised
							+ "'): rename one of them (staff_accounts.username) and start the site again.");
				}
				if (!normalised.equals(username)) {
					renamed.put(id, normalised);
				}
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update staff_accounts set username = ? where id = ?")) {
			for (Map.Entry<Long, String> account : renamed.entrySet()) {
				update.setString(1, account.getValue());
				update.setLong(2, account.getKey());
				update.executeUpdate();
			}
		}
	}

	/**
	 * The first 64 characters of a username (not splitting a pair of surrogates), NFKC,
	 * without spaces around it, in small letters.
	 */
	static String normalise(String username) {
		String cut = username;
		if (cut.length() > 64) {
			cut = cut.substring(0, Character.isHighSurrogate(cut.charAt(63)) ? 63 : 64);
		}
		return Normalizer.normalize(cut, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

}
