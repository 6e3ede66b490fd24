import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Random;
import java.util.UUID;

/**
 * Fills an H2 database that the site has set up (Flyway ran, the site is stopped) with N consultation
 * requests spread over five years, as bench/fill-requests.sql does on PostgreSQL: older ones mostly closed,
 * the last weeks new and contacted, about 3% urgent, 4% spam, one to three call attempts on every request
 * that was called, a note on a third, "call again" days on some. The search keys and reversed phone digits
 * are made by the site's own code (SearchTerms, from the jar on the class path), as for a real request.
 *
 * <pre>
 * java -cp EXTRACTED/app.jar bench/FillRequestsH2.java "jdbc:h2:file:/path/nyfp" 20000 STAFF-USERNAME
 * </pre>
 */
public class FillRequestsH2 {

	private static final String[] FIRST = { "Maria", "James", "Ana", "Robert", "Li", "Fatima", "David", "Sofia",
			"Chen", "Olga", "Samuel", "Aisha", "Jose", "Emily", "Kwame", "Priya" };

	private static final String[] LAST = { "Garcia", "Smith", "Rodriguez", "Johnson", "Nguyen", "Khan", "Williams",
			"Lopez", "Brown", "Kim", "Cohen", "Okafor", "Rossi", "Patel", "Murphy", "Silva" };

	private static final String[] CONCERNS = { "bells-palsy", "bells-palsy", "bells-palsy", "hemifacial-spasm",
			"hemifacial-spasm", "multiple-sclerosis", "other-neurological-disorders", "stress-and-fatigue",
			"tourette-syndrome", "not-sure" };

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int n = Integer.parseInt(args[1]);
		String staff = args[2];
		Class<?> terms = Class.forName("com.nyfacialparalysis.requests.SearchTerms");
		Method keysOf = terms.getMethod("keysOf", String.class, String.class);
		Method reversedDigits = terms.getMethod("reversedDigits", String.class);
		Random random = new Random(20261207L);
		Instant now = Instant.now();
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			db.setAutoCommit(false);
			long staffId;
			try (PreparedStatement find = db.prepareStatement("select id from staff_accounts where username = ?")) {
				find.setString(1, staff);
				try (ResultSet row = find.executeQuery()) {
					if (!row.next()) {
						throw new IllegalStateException("no staff account " + staff);
					}
					staffId = row.getLong(1);
				}
			}
			PreparedStatement request = db.prepareStatement("insert into consultation_requests (reference,"
					+ " submission_token, full_name, email, phone, phone_digits, phone_reversed, preferred_contact,"
					+ " concern, symptom_duration, message, best_time_to_call, sudden_weakness, urgent, status,"
					+ " consent_at, received_at, closed_at, first_call_at, first_call_business_seconds,"
					+ " first_call_in_time, needs_look, call_again_on, within_72_hours)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ONE_TO_FOUR_WEEKS', ?, 'MORNING', ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?)", new String[] { "ID" });
			PreparedStatement key = db
				.prepareStatement("insert into request_search_keys (search_key, request_id) values (?, ?)");
			PreparedStatement call = db.prepareStatement("insert into call_attempts (request_id, caller_id,"
					+ " outcome, note, attempted_at) values (?, ?, ?, ?, ?)");
			PreparedStatement note = db.prepareStatement(
					"insert into request_notes (request_id, author_id, body, written_at) values (?, ?, ?, ?)");
			for (int i = 1; i <= n; i++) {
				Instant received = now.minusSeconds((long) (random.nextDouble() * 1826 * 86400));
				String first = FIRST[random.nextInt(FIRST.length)];
				String last = LAST[random.nextInt(LAST.length)];
				double r1 = random.nextDouble();
				double r2 = random.nextDouble();
				String digits = String.format("%07d", random.nextInt(10_000_000));
				String phone = "(212) " + digits.substring(0, 3) + "-" + digits.substring(3);
				String email = first.toLowerCase() + "." + last.toLowerCase() + i + "@example.com";
				String status = status(received, now, r1, r2);
				boolean called = !status.equals("NEW") && !status.equals("SPAM");
				boolean urgent = r1 < 0.03;
				boolean recent = received.isAfter(now.minus(Duration.ofDays(3)));
				LocalDate callAgain = null;
				long id = 0;
				if ((status.equals("NEW") && received.isBefore(now.minus(Duration.ofDays(1))) && i % 3 == 0)
						|| (status.equals("CONTACTED") && i % 100 == 0)) {
					callAgain = LocalDate.ofInstant(received, ZoneOffset.UTC).plusDays(1);
				}
				request.setString(1, String.format("B%03d-%04d", i / 10000, i % 10000));
				request.setString(2, UUID.nameUUIDFromBytes((i + "bench").getBytes()).toString());
				request.setString(3, first + " " + last);
				request.setString(4, email);
				request.setString(5, phone);
				request.setString(6, "212" + digits);
				request.setString(7, (String) reversedDigits.invoke(null, phone));
				request.setString(8, (r2 < 0.7) ? "PHONE" : "EMAIL");
				request.setString(9, CONCERNS[random.nextInt(CONCERNS.length)]);
				request.setString(10,
						"My face has felt weak on one side since last month; I would like to see a specialist.");
				request.setString(11, urgent ? "YES" : "NO");
				request.setBoolean(12, urgent);
				request.setString(13, status);
				request.setTimestamp(14, Timestamp.from(received));
				request.setTimestamp(15, Timestamp.from(received));
				request.setTimestamp(16, (status.equals("CLOSED") || status.equals("SPAM"))
						? Timestamp.from(received.plus(Duration.ofDays(20))) : null);
				Instant firstCall = called ? received.plusSeconds((long) (r2 * 30 * 3600)) : null;
				request.setTimestamp(17, (firstCall != null) ? Timestamp.from(firstCall) : null);
				request.setObject(18, called ? (long) (r2 * 30000) : null);
				request.setObject(19, called ? (r2 < 0.8) : null);
				request.setBoolean(20, r1 > 0.995);
				request.setObject(21, callAgain);
				request.setBoolean(22, recent && !urgent && r2 < 0.3);
				request.executeUpdate();
				try (ResultSet generated = request.getGeneratedKeys()) {
					generated.next();
					id = generated.getLong(1);
				}
				for (Object word : (Collection<?>) keysOf.invoke(null, first + " " + last, email)) {
					key.setString(1, (String) word);
					key.setLong(2, id);
					key.addBatch();
				}
				if (firstCall != null) {
					int tries = 1 + (int) (id % 3);
					for (int k = 1; k <= tries; k++) {
						call.setLong(1, id);
						call.setLong(2, staffId);
						call.setString(3, (k == tries) ? (status.equals("SCHEDULED") ? "BOOKED" : "REACHED")
								: ((id % 2 == 0) ? "VOICEMAIL" : "NO_ANSWER"));
						call.setString(4, (k == 1) ? "Left the clinic's number." : null);
						call.setTimestamp(5, Timestamp.from(firstCall.plus(Duration.ofDays(k - 1))));
						call.addBatch();
					}
				}
				if (id % 3 == 0) {
					note.setLong(1, id);
					note.setLong(2, staffId);
					note.setString(3, "Spoke with the patient; prefers mornings. Sent the new-patient forms.");
					note.setTimestamp(4, Timestamp.from(received.plus(Duration.ofDays(1))));
					note.addBatch();
				}
				if (i % 1000 == 0) {
					key.executeBatch();
					call.executeBatch();
					note.executeBatch();
					db.commit();
				}
			}
			key.executeBatch();
			call.executeBatch();
			note.executeBatch();
			db.commit();
			try (ResultSet count = db.createStatement()
				.executeQuery("select count(*), (select count(*) from call_attempts),"
						+ " (select count(*) from request_search_keys) from consultation_requests")) {
				count.next();
				System.out.printf("%d requests, %d call attempts, %d search keys%n", count.getLong(1),
						count.getLong(2), count.getLong(3));
			}
			db.createStatement().execute("analyze");
			db.commit();
		}
	}

	private static String status(Instant received, Instant now, double r1, double r2) {
		if (r1 >= 0.96) {
			return "SPAM";
		}
		if (received.isAfter(now.minus(Duration.ofDays(3)))) {
			return new String[] { "NEW", "NEW", "CONTACTED" }[(int) (r2 * 3)];
		}
		if (received.isAfter(now.minus(Duration.ofDays(30)))) {
			return new String[] { "NEW", "CONTACTED", "SCHEDULED", "CLOSED" }[(int) (r2 * 4)];
		}
		return new String[] { "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "SCHEDULED",
				"CONTACTED" }[(int) (r2 * 8)];
	}

}
