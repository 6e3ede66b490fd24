package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The search keys of V50 for the requests stored before it: the reversed phone digits and
 * the words of each name and email address, made in Java, so H2 and PostgreSQL hold the
 * same keys. Reads the requests a batch at a time.
 *
 * <p>
 * A migration runs once, on each database, whenever that database is upgraded; so it
 * never calls the application's code, which may change later. The key rules below are a
 * copy of those of {@code requests.SearchTerms} as they were when V51 was written
 * (SearchKeysMigrationTest checks that they still agree for names with accents,
 * apostrophes, hyphens and email addresses). If the rules for new requests change, leave
 * this copy as it is and give the earlier requests their new keys in a new migration.
 */
public class V51__search_keys_of_earlier_requests extends BaseJavaMigration {

	private static final int BATCH = 1000;

	/** The longest key stored (the column's size: an email address's limit). */
	private static final int KEY_MAX = 254;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
					phone.setString(1, reversedDigits(rows.getString("phone")));
					phone.setLong(2, id);
					phone.addBatch();
					for (String word : keysOf(rows.getString("full_name"), rows.getString("email"))) {
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

	/** Each word of the name, each part of it joined up, and the whole email address. */
	static Set<String> keysOf(String fullName, String email) {
		Set<String> keys = new LinkedHashSet<>();
		split(fullName).forEach((word) -> keys.add(cut(word)));
		if (fullName != null) {
			for (String part : fullName.strip().split("\\s+")) {
				String joined = String.join("", split(part));
				if (!joined.isEmpty()) {
					keys.add(cut(joined));
				}
			}
		}
		if (email != null && !email.isBlank()) {
			keys.add(cut(fold(email).strip()));
		}
		return keys;
	}

	/** A phone number's digits in reverse order, so that its last digits start it. */
	static String reversedDigits(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : new StringBuilder(digits).reverse().toString();
	}

	private static String cut(String key) {
		return (key.length() > KEY_MAX) ? key.substring(0, KEY_MAX) : key;
	}

	private static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : NOT_A_WORD.split(fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Lower case, without accents. */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return folded.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("æ", "ae").replace("œ", "oe");
	}

}
