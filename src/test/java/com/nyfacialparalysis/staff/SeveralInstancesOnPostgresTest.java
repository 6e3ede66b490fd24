package com.nyfacialparalysis.staff;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nyfacialparalysis.NyfpApplication;
import com.nyfacialparalysis.system.OnPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one PostgreSQL database, as behind a load balancer: a patient's form and a
 * receptionist's sign-in work whichever instance answers, and go on working when an instance is lost;
 * references stay unique when both store requests at once; failed sign-ins count on both; a daily job runs
 * on one instance only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesOnPostgresTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([A-Z0-9-]+)<");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		OnPostgres.require();
		String schema = OnPostgres.newSchema();
		first = start(schema);
		second = start(schema);
		jdbc = first.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null && context.isActive()) {
				context.close();
			}
		}
	}

	@Test
	@Order(1)
	void aPatientWhoseFormIsSentToTheOtherInstanceStillGetsAReference() throws Exception {
		Person patient = new Person();
		Map<String, String> fields = patient.openForm(first);
		fields.putAll(validFields("Pat Across"));
		HttpResponse<String> sent = patient.post(second, "/consultation", fields);
		assertThat(sent.statusCode()).as("stored by the second instance").isEqualTo(303);
		String reference = patient.reference(first);
		assertThat(reference).as("confirmation from the first instance").matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(jdbc.queryForObject("select full_name from consultation_requests where reference = ?", String.class,
				reference)).isEqualTo("Pat Across");
	}

	@Test
	@Order(2)
	void referencesStayUniqueWhenBothInstancesStoreAtOnce() throws Exception {
		int before = count();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> sent = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
				String name = "Parallel Person " + i;
				sent.add(pool.submit(() -> {
					Person patient = new Person();
					Map<String, String> fields = patient.openForm(instance);
					fields.putAll(validFields(name));
					assertThat(patient.post(instance, "/consultation", fields).statusCode()).isEqualTo(303);
					return patient.reference(instance);
				}));
			}
			Set<String> references = new HashSet<>();
			for (Future<String> reference : sent) {
				references.add(reference.get());
			}
			assertThat(references).hasSize(40);
			assertThat(count()).isEqualTo(before + 40);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@Order(3)
	void aDailyJobRunsOnOneInstanceOnly() throws Exception {
		String firstOld = closedLongAgo("Old One");
		first.getBean(RetentionJob.class).daily();
		assertThat(exists(firstOld)).as("the first instance ran the job").isFalse();

		String secondOld = closedLongAgo("Old Two");
		second.getBean(RetentionJob.class).daily();
		assertThat(exists(secondOld)).as("the second instance found the job already done today and left it").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'REQUESTS_DELETED_BY_RETENTION'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'retention'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	@Order(4)
	void failedSignInsCountOnEveryInstance() throws Exception {
		Person guesser = new Person();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = guesser.signIn((i % 2 == 0) ? first : second, "tess", "wrong-guess-" + i);
			assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/staff/login?error");
		}
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			HttpResponse<String> refused = guesser.signIn(instance, "tess", "another-guess");
			assertThat(refused.headers().firstValue("Location").orElse("")).as("five failures across both instances")
				.endsWith("/staff/login?refused");
		}
	}

	@Test
	@Order(5)
	void aReceptionistStaysSignedInWhenTheInstanceSheSignedInOnIsLost() throws Exception {
		Person receptionist = new Person();
		HttpResponse<String> signedIn = receptionist.signIn(first, "boss", "first-admin-password-1");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> inboxOnSecond = receptionist.get(second, "/staff/requests");
		assertThat(inboxOnSecond.statusCode()).isEqualTo(200);
		assertThat(inboxOnSecond.body()).contains("Parallel Person");

		first.close();

		HttpResponse<String> afterLoss = receptionist.get(second, "/staff/requests");
		assertThat(afterLoss.statusCode()).as("still signed in on the instance that is left").isEqualTo(200);
		assertThat(afterLoss.body()).contains("Parallel Person");
	}

	private static ConfigurableApplicationContext start(String schema) {
		List<String> args = new ArrayList<>();
		OnPostgres.settings(schema).forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--server.port=0");
		args.add("--clinic.admin.username=boss");
		args.add("--clinic.admin.password=first-admin-password-1");
		args.add("--clinic.consultation.rate-limit.max-per-hour=1000");
		return new SpringApplicationBuilder(NyfpApplication.class).profiles("test", "postgres")
			.run(args.toArray(String[]::new));
	}

	private String closedLongAgo(String name) throws Exception {
		Person patient = new Person();
		Map<String, String> fields = patient.openForm(second);
		fields.putAll(validFields(name));
		patient.post(second, "/consultation", fields);
		String reference = patient.reference(second);
		jdbc.update("update consultation_requests set status = 'CLOSED', closed_at = current_timestamp - interval '1200' day"
				+ " where reference = ?", reference);
		return reference;
	}

	private static boolean exists(String reference) {
		return jdbc.queryForObject("select count(*) from consultation_requests where reference = ?", Integer.class,
				reference) == 1;
	}

	private static int count() {
		return jdbc.queryForObject("select count(*) from consultation_requests", Integer.class);
	}

	private static Map<String, String> validFields(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", name);
		fields.put("phone", "212 555 0111");
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", "NO");
		fields.put("concern", "not-sure");
		fields.put("consent", "true");
		return fields;
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("page has " + pattern).isTrue();
		return matcher.group(1);
	}

	/** One person's browser: it sends back the session cookie whichever instance it talks to. */
	private static final class Person {

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private String sessionCookie;

		Map<String, String> openForm(ConfigurableApplicationContext instance) throws Exception {
			String html = get(instance, "/consultation").body();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", find(CSRF, html));
			fields.put("submissionToken", find(TOKEN, html));
			return fields;
		}

		HttpResponse<String> signIn(ConfigurableApplicationContext instance, String username, String password)
				throws Exception {
			String login = get(instance, "/staff/login").body();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", find(CSRF, login));
			fields.put("username", username);
			fields.put("password", password);
			return post(instance, "/staff/login", fields);
		}

		String reference(ConfigurableApplicationContext instance) throws Exception {
			return find(REFERENCE, get(instance, "/consultation/confirmation").body());
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
				throws IOException, InterruptedException {
			return send(request(instance, path).GET().build());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> fields)
				throws IOException, InterruptedException {
			String body = fields.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
			String port = instance.getEnvironment().getProperty("local.server.port");
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html");
			if (this.sessionCookie != null) {
				builder.header("Cookie", this.sessionCookie);
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				if (cookie.startsWith("SESSION=")) {
					this.sessionCookie = cookie.substring(0, cookie.indexOf(';'));
				}
			}
			return response;
		}

	}

}
