package com.nyfacialparalysis.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 9: stores every existing username in its normalised form
 * ({@link Usernames}), which SQL cannot compute (it has no NFKC). The unique constraint
 * on the username then holds for the normalised names. Two accounts that would become one
 * name stop the migration, naming them, rather than one being lost. Spring Boot hands
 * this bean to Flyway with the SQL migrations.
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
				String normalised = Usernames.normalise(username);
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

}
