package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.nyfacialparalysis.requests.SearchTerms;

/**
 * The search keys of V50 for the requests stored before it: the reversed phone digits and
 * the words of each name and email address, made by the same Java code as for a new
 * request, so H2 and PostgreSQL hold the same keys. Reads the requests a batch at a time.
 */
public class V51__search_keys_of_earlier_requests extends BaseJavaMigration {

	private static final int BATCH = 1000;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				PreparedStatement phone = connection
					.prepareStatement("update consultation_requests set phone_reversed = ? where id = ?");
				PreparedStatement key = connection
					.prepareStatement("insert into request_search_keys (search_key, request_id) values (?, ?)")) {
			select.setFetchSize(BATCH);
			int pending = 0;
			try (ResultSet rows = select
				.executeQuery("select id, full_name, email, phone from consultation_requests")) {
				while (rows.next()) {
					long id = rows.getLong("id");
					phone.setString(1, SearchTerms.reversedDigits(rows.getString("phone")));
					phone.setLong(2, id);
					phone.addBatch();
					for (String word : SearchTerms.keysOf(rows.getString("full_name"), rows.getString("email"))) {
						key.setString(1, word);
						key.setLong(2, id);
						key.addBatch();
					}
					if (++pending == BATCH) {
						phone.executeBatch();
						key.executeBatch();
						pending = 0;
					}
				}
			}
			phone.executeBatch();
			key.executeBatch();
		}
	}

}
