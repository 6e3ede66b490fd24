package com.nyfacialparalysis.accounts.passkeys;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * How many passkeys each member of staff has, for the Accounts screen: an administrator
 * sees who signs in with one, and who still has none when administrators must.
 */
@Component
public class PasskeyCounts {

	private final JdbcOperations jdbc;

	PasskeyCounts(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of passkeys by username, for the accounts that have any. */
	public Map<String, Integer> byUsername() {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.query("select e.name, count(*) from user_credentials c "
				+ "join user_entities e on e.id = c.user_entity_user_id group by e.name", (row) -> {
					counts.put(row.getString(1), row.getInt(2));
				});
		return counts;
	}

}
