package com.nyfacialparalysis.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.consultation.ConsultationHttp;
import com.nyfacialparalysis.consultation.OwedEmails;
import com.nyfacialparalysis.requests.RetentionJob;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteInstances;
import com.nyfacialparalysis.testsupport.TestMail;
import com.nyfacialparalysis.testsupport.UsesPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the site on one PostgreSQL database, as behind a load balancer: a
 * patient's form and a receptionist's sign-in work whichever instance answers, and go on
 * working when an instance is lost; references stay unique when both store requests at
 * once; failed sign-ins count on both; a two-factor code used on one is refused on the
 * other; a daily job runs on one instance only; a staff email owed when both restart is
 * sent once, not twice. Both instances tell the time from one {@link SettableClock}, as
 * servers kept in time do, so the tests' authenticator app moves it on to the next code's
 * step instead of waiting up to 30 seconds for it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@UsesPostgres
class SeveralInstancesOnPostgresTest {

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static JdbcTemplate jdbc;

	private static SiteInstances instances;

	private static final TestMail mail = new TestMail();

	/** The clock of both instances. */
	private static final SettableClock clock = new SettableClock();

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		mail.up();
		instances = SiteInstances
			.onPostgres("--clinic.admin.username=boss", "--clinic.admin.password=first-admin-password-1",
					"--clinic.consultation.rate-limit.max-per-hour=1000", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + mail.port(), "--clinic.notifications.email-to=desk@clinic.test")
			.withInitializer((context) -> ((GenericApplicationContext) context).registerBean("oneClockForBothInstances",
					SettableClock.class, () -> clock, (definition) -> definition.setPrimary(true)));
		first = instances.start();
		second = instances.start();
		jdbc = first.getBean(JdbcTemplate.class);
	}

	@AfterEach
	void backToRealTime() {
		clock.followRealTime();
	}

	@AfterAll
	static void stop() {
		if (instances != null) {
			instances.stopAll();
		}
		mail.down();
	}

	@Test
	@Order(1)
	void aPatientWhoseFormIsSentToTheOtherInstanceStillGetsAReference() throws Exception {
		ConsultationHttp patient = new ConsultationHttp(base(first));
		Map<String, String> fields = new LinkedHashMap<>(patient.openForm());
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Pat Across");
		HttpResponse<String> sent = patient.at(base(second)).post(fields);
		assertThat(sent.statusCode()).as("stored by the second instance").isEqualTo(303);
		String reference = patient.reference();
		assertThat(reference).as("confirmation from the first instance").matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(jdbc.queryForObject("select full_name from consultation_requests where reference = ?", String.class,
				reference))
			.isEqualTo("Pat Across");
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
				Map<String, String> name = Map.of("fullName", "Parallel Person " + i);
				sent.add(pool.submit(() -> new ConsultationHttp(base(instance)).submitValid(name)));
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
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_events where action = 'REQUESTS_DELETED_BY_RETENTION'", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'retention'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	@Order(4)
	void failedSignInsCountOnEveryInstance() throws Exception {
		ConsultationHttp guesser = new ConsultationHttp(base(first));
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = signIn(guesser.at(base((i % 2 == 0) ? first : second)), "tess",
					"wrong-guess-" + i);
			assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/staff/login?error");
		}
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			HttpResponse<String> refused = signIn(guesser.at(base(instance)), "tess", "another-guess");
			assertThat(refused.headers().firstValue("Location").orElse("")).as("five failures across both instances")
				.endsWith("/staff/login?refused");
		}
	}

	@Test
	@Order(5)
	void aTwoFactorCodeAcceptedOnOneInstanceIsRefusedWhenReplayedOnTheOther() throws Exception {
		TestSignIn signIn = new TestSignIn(jdbc, first.getBean(TwoFactorSecrets.class), clock);
		StaffHttp setUp = new StaffHttp(base(first));
		signIn.withHttp(setUp, "boss", "first-admin-password-1");
		AuthenticatorApp app = new AuthenticatorApp(signIn.keyOf("boss"), clock);

		StaffHttp onFirst = new StaffHttp(base(first));
		assertThat(StaffHttp.location(onFirst.signInWithPassword("boss", "first-admin-password-1")))
			.endsWith("/staff/two-factor");
		String code = app.nextCode(signIn.lastUsedStep("boss"));
		HttpResponse<String> accepted = onFirst.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", code));
		assertThat(StaffHttp.location(accepted)).as("accepted on the first instance").endsWith("/staff/requests");

		StaffHttp onSecond = new StaffHttp(base(second));
		assertThat(StaffHttp.location(onSecond.signInWithPassword("boss", "first-admin-password-1")))
			.endsWith("/staff/two-factor");
		HttpResponse<String> replayed = onSecond.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", code));
		assertThat(StaffHttp.location(replayed)).as("replayed on the second instance")
			.endsWith("/staff/two-factor?error");
		assertThat(onSecond.get("/staff/requests").statusCode()).isEqualTo(302);
	}

	@Test
	@Order(6)
	void aReceptionistStaysSignedInWhenTheInstanceSheSignedInOnIsLost() throws Exception {
		StaffHttp receptionist = new StaffHttp(base(first));
		new TestSignIn(jdbc, first.getBean(TwoFactorSecrets.class), clock).withHttp(receptionist, "boss",
				"first-admin-password-1");

		StaffHttp onSecond = receptionist.at(base(second));
		HttpResponse<String> inboxOnSecond = onSecond.get("/staff/requests");
		assertThat(inboxOnSecond.statusCode()).isEqualTo(200);
		assertThat(inboxOnSecond.body()).contains("Parallel Person");

		first.close();

		HttpResponse<String> afterLoss = onSecond.get("/staff/requests");
		assertThat(afterLoss.statusCode()).as("still signed in on the instance that is left").isEqualTo(200);
		assertThat(afterLoss.body()).contains("Parallel Person");
	}

	/**
	 * An email owed (its first go failed, the mail server being down) when both instances
	 * restart: each tries it again every 300 ms, at the same moments, yet it is sent once
	 * when the mail server is back. While the lock the instances share is held elsewhere,
	 * neither sends it: the lock, not luck, keeps the two apart.
	 */
	@Test
	@Order(7)
	void anEmailOwedWhenBothInstancesRestartIsSentOnce() throws Exception {
		mail.down();
		String reference = new ConsultationHttp(base(second)).submitValid(Map.of("fullName", "Owed Across"));
		OwedEmails owed = new OwedEmails(second.getBean(JdbcTemplate.class));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> owed.statusOf(reference).filter("FAILED"::equals).isPresent());
		second.close();

		first = instances.start("--clinic.notifications.retry-every=300ms");
		second = instances.start("--clinic.notifications.retry-every=300ms");
		jdbc = first.getBean(JdbcTemplate.class);
		LockProvider locks = first.getBean(LockProvider.class);
		SimpleLock heldElsewhere = await().atMost(Duration.ofSeconds(10))
			.until(() -> locks
				.lock(new LockConfiguration(Instant.now(), "staff-notifications", Duration.ofMinutes(1), Duration.ZERO))
				.orElse(null), Objects::nonNull);
		mail.up();
		Thread.sleep(1000);
		assertThat(mail.about(reference)).as("sent while the lock was held elsewhere").isEmpty();
		heldElsewhere.unlock();

		assertThat(mail.awaitAbout(reference, Duration.ofSeconds(30))).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> new OwedEmails(jdbc).statusOf(reference).isEmpty());
		assertThat(mail.about(reference)).as("emails about " + reference + ", now that none is owed").hasSize(1);
	}

	private String closedLongAgo(String name) throws Exception {
		String reference = new ConsultationHttp(base(second)).submitValid(Map.of("fullName", name));
		jdbc.update(
				"update consultation_requests set status = 'CLOSED', closed_at = current_timestamp - interval '1200' day"
						+ " where reference = ?",
				reference);
		return reference;
	}

	private static boolean exists(String reference) {
		return jdbc.queryForObject("select count(*) from consultation_requests where reference = ?", Integer.class,
				reference) == 1;
	}

	private static int count() {
		return jdbc.queryForObject("select count(*) from consultation_requests", Integer.class);
	}

	private static String base(ConfigurableApplicationContext instance) {
		return SiteInstances.base(instance);
	}

	private static HttpResponse<String> signIn(ConsultationHttp browser, String username, String password)
			throws Exception {
		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields("/staff/login"));
		fields.put("username", username);
		fields.put("password", password);
		return browser.post("/staff/login", fields);
	}

}
