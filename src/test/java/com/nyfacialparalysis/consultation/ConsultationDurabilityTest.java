package com.nyfacialparalysis.consultation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.nyfacialparalysis.NyfpApplication;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.KillsProcess;
import com.nyfacialparalysis.testsupport.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request is on disk the moment the person sees the 303: it survives a restart, and a
 * kill -9 of the process straight after the answer. So does the email it owes the front
 * desk: killed while sending it, the site sends it once after the restart.
 */
@KillsProcess
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationDurabilityTest {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port(?:\\(s\\))?:? (\\d+)");

	@TempDir
	static Path folder;

	private static final TestMail mail = new TestMail();

	/**
	 * The site restarted after the kill, which the test of a plain restart goes on with.
	 */
	private static ConfigurableApplicationContext restarted;

	@AfterAll
	static void stop() {
		if (restarted != null) {
			restarted.close();
		}
		mail.down();
	}

	/**
	 * Killed with the staff email in flight (the mail server took the connection and
	 * never answered), the site still has the request and owes the email; restarted on
	 * the same database with a mail server that works, it sends the email once, and owes
	 * nothing more.
	 */
	@Test
	@Order(1)
	void aStoredRequestAndItsStaffEmailSurviveKillDashNineRightAfterThe303() throws Exception {
		String url = databaseUrl("killed");
		String reference;
		try (SilentMailServer silent = new SilentMailServer()) {
			Process app = startProcess(url, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + silent.port(),
					"--clinic.notifications.email-to=desk@clinic.test");
			try {
				int port = awaitPort(app);
				ConsultationHttp browser = new ConsultationHttp("http://localhost:" + port);
				Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
				fields.putAll(ConsultationHttp.validFields());
				fields.put("fullName", "Killed Right After");
				var response = browser.post(fields);
				assertThat(response.statusCode()).isEqualTo(303);
				reference = browser.reference();
				silent.awaitConnection();
				app.destroyForcibly();
				assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			finally {
				app.destroyForcibly();
			}
		}
		JdbcTemplate afterKill = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		assertThat(afterKill.queryForObject("select count(*) from consultation_requests where full_name = ?",
				Integer.class, "Killed Right After"))
			.as("requests found after kill -9")
			.isEqualTo(1);
		assertThat(new OwedEmails(afterKill).statusOf(reference)).as("the email owed, in flight when killed")
			.contains("PROCESSING");
		mail.up();
		restarted = start(url, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port(),
				"--clinic.notifications.email-to=desk@clinic.test", "--clinic.notifications.stalled-after=2s",
				"--clinic.notifications.retry-every=500ms");
		assertThat(mail.awaitAbout(reference, Duration.ofSeconds(30))).hasSize(1);
		OwedEmails owed = new OwedEmails(restarted.getBean(JdbcTemplate.class));
		await().atMost(Duration.ofSeconds(10)).until(() -> owed.statusOf(reference).isEmpty());
		assertThat(mail.about(reference)).as("emails about " + reference).hasSize(1);
	}

	/**
	 * A request stored before a graceful stop is there after the next start. Goes on with
	 * the site restarted by the test above (one start fewer), or starts one when run
	 * alone.
	 */
	@Test
	@Order(2)
	void aStoredRequestIsStillThereAfterARestart() throws Exception {
		ConfigurableApplicationContext first = (restarted != null && restarted.isActive()) ? restarted
				: start(databaseUrl("restart"));
		String url = first.getEnvironment().getProperty("spring.datasource.url");
		String reference;
		try (first) {
			reference = new ConsultationHttp(base(first)).submitValid(Map.of("fullName", "Before Restart"));
		}
		try (ConfigurableApplicationContext second = start(url)) {
			ConsultationRequest stored = second.getBean(StoredRequests.class).findByReference(reference).orElseThrow();
			assertThat(stored.getFullName()).isEqualTo("Before Restart");
		}
	}

	/**
	 * The application's own default database address, with its settings, moved to a
	 * temporary folder: the test checks the settings the site really ships with.
	 */
	private static String databaseUrl(String name) {
		var yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String shipped = yaml.getObject().getProperty("spring.datasource.url");
		assertThat(shipped).startsWith("jdbc:h2:file:./data/nyfp");
		return shipped.replace("./data/nyfp", folder.resolve(name).toAbsolutePath().toString());
	}

	private static ConfigurableApplicationContext start(String url, String... settings) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + url, "--clinic.web.page-cache.enabled=false"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(NyfpApplication.class).run(args.toArray(String[]::new));
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * The application in its own JVM, as it runs in production, so that it can be killed
	 * outright.
	 */
	private static Process startProcess(String url, String... settings) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, NyfpApplication.class.getName(),
						"--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off"));
		command.addAll(List.of(settings));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static int awaitPort(Process app) throws Exception {
		BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
		// A start takes seconds on a quiet machine; the deadline only stops a start that
		// hangs, and a machine shared with other builds can take minutes.
		long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
		StringBuilder seen = new StringBuilder();
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			seen.append(line).append('\n');
			Matcher started = STARTED.matcher(line);
			if (started.find()) {
				Thread drain = new Thread(() -> {
					try {
						while (output.readLine() != null) {
							// keep the pipe empty so the application never blocks on its
							// log
						}
					}
					catch (Exception ignored) {
						// the process was killed
					}
				});
				drain.setDaemon(true);
				drain.start();
				return Integer.parseInt(started.group(1));
			}
		}
		throw new IllegalStateException("The application did not start:\n" + seen);
	}

	/**
	 * A mail server that takes connections and never answers: a send to it hangs until
	 * the mail timeouts, so the process can be killed with the email in flight.
	 */
	private static final class SilentMailServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> connections = new CopyOnWriteArrayList<>();

		SilentMailServer() throws IOException {
			this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			Thread accepting = new Thread(() -> {
				try {
					while (true) {
						this.connections.add(this.socket.accept());
					}
				}
				catch (IOException ex) {
					// closed
				}
			});
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		void awaitConnection() {
			await().atMost(Duration.ofSeconds(30)).until(() -> !this.connections.isEmpty());
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			for (Socket connection : this.connections) {
				connection.close();
			}
		}

	}

}
