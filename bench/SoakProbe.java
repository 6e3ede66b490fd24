import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The second client of the soak benchmark (bench/soak.sh), run beside a flood: a reader
 * who asks for one content page ten times a second, and a patient who sends one valid
 * consultation request a second (each from an address of its own, as through a proxy)
 * and notes every reference a confirmation page showed.
 *
 * <p>
 * Usage: {@code java bench/SoakProbe.java BASE_URL SECONDS PAGE OUT_PREFIX}. Writes
 * {@code OUT_PREFIX.references} (one confirmed reference a line) and prints one line of
 * {@code name=value} results. A reader's latency is counted from when the request was due,
 * not from when it could be sent, so a stalled site is not hidden (no coordinated
 * omission).
 */
public class SoakProbe {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\" value=\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([A-Z0-9-]+)<");

	public static void main(String[] args) throws Exception {
		if ("check".equals(args[0])) {
			check(args[1], List.of(args).subList(2, args.length));
			return;
		}
		String base = args[0];
		long seconds = Long.parseLong(args[1]);
		String page = args[2];
		Path out = Path.of(args[3]);
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger readErrors = new AtomicInteger();
		Thread reader = new Thread(() -> read(base + page, end, latencies, readErrors), "reader");
		reader.start();

		List<String> confirmed = new ArrayList<>();
		int sent = 0;
		int failed = 0;
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		for (long due = start; due < end; due += Duration.ofSeconds(1).toNanos()) {
			sleepUntil(due);
			sent++;
			try {
				confirmed.add(sendOne(base, sent));
			}
			catch (Exception ex) {
				failed++;
				if (failures.size() < 5) {
					failures.add(ex.getClass().getSimpleName() + ": " + ex.getMessage());
				}
			}
		}
		reader.join();
		Files.write(Path.of(out + ".references"), confirmed);

		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("reads=%d read_errors=%d read_p50_ms=%.1f read_p99_ms=%.1f read_max_ms=%.1f "
				+ "posts=%d confirmed=%d post_failures=%d%n", sorted.size(), readErrors.get(), percentile(sorted, 50),
				percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), sent, confirmed.size(),
				failed);
		failures.forEach((failure) -> System.out.println("post_failure: " + failure));
	}

	/**
	 * After the run, with the site stopped and H2 on the class path:
	 * {@code java -cp h2.jar bench/SoakProbe.java check JDBC_URL FILE...} prints, for each
	 * file of confirmed references, how many of them the database holds.
	 */
	private static void check(String url, List<String> files) throws Exception {
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = db
					.prepareStatement("select count(*) from consultation_requests where reference = ?")) {
			for (String file : files) {
				List<String> references = Files.readAllLines(Path.of(file));
				int found = 0;
				for (String reference : references) {
					query.setString(1, reference);
					try (ResultSet rows = query.executeQuery()) {
						rows.next();
						found += rows.getInt(1);
					}
				}
				System.out.printf("%s confirmed=%d found=%d%n", file, references.size(), found);
			}
		}
	}

	private static void read(String url, long end, List<Double> latencies, AtomicInteger errors) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Accept-Encoding", "gzip")
			.timeout(Duration.ofSeconds(30))
			.build();
		long interval = Duration.ofMillis(100).toNanos();
		for (long due = System.nanoTime(); due < end; due += interval) {
			sleepUntil(due);
			try {
				HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					errors.incrementAndGet();
				}
			}
			catch (IOException ex) {
				errors.incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			latencies.add((System.nanoTime() - due) / 1_000_000.0);
		}
	}

	/** One patient: opens the form, sends it, and reads the reference from the confirmation. */
	private static String sendOne(String base, int number) throws IOException, InterruptedException {
		HttpClient patient = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String address = "10." + ((number >> 16) & 255) + "." + ((number >> 8) & 255) + "." + (number & 255);
		HttpResponse<String> form = patient.send(
				HttpRequest.newBuilder(URI.create(base + "/consultation"))
					.header("X-Forwarded-For", address)
					.timeout(Duration.ofSeconds(30))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(form.body());
		while (hidden.find()) {
			fields.putIfAbsent(hidden.group(1), hidden.group(2));
		}
		fields.put("fullName", "Soak Probe " + number);
		fields.put("phone", "(212) 555-0199");
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", "NO");
		fields.put("concern", "not-sure");
		fields.put("message", "soak-probe");
		fields.put("consent", "true");
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> sent = patient.send(HttpRequest.newBuilder(URI.create(base + "/consultation"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (sent.statusCode() != 303) {
			throw new IOException("the form was answered " + sent.statusCode());
		}
		HttpResponse<String> confirmation = patient.send(
				HttpRequest.newBuilder(URI.create(base + "/consultation/confirmation"))
					.header("X-Forwarded-For", address)
					.timeout(Duration.ofSeconds(30))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher reference = REFERENCE.matcher(confirmation.body());
		if (confirmation.statusCode() != 200 || !reference.find()) {
			throw new IOException("no reference on the confirmation (" + confirmation.statusCode() + ")");
		}
		return reference.group(1);
	}

	private static double percentile(List<Double> sorted, int percent) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static void sleepUntil(long due) {
		long wait = due - System.nanoTime();
		if (wait > 0) {
			try {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
