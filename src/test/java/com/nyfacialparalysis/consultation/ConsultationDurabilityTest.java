package com.nyfacialparalysis.consultation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import com.nyfacialparalysis.NyfpApplication;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.KillsProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request is on disk the moment the person sees the 303: it survives a restart, and a
 * kill -9 of the process straight after the answer.
 */
@KillsProcess
class ConsultationDurabilityTest {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port(?:\\(s\\))?:? (\\d+)");

	@TempDir
	Path folder;

	@Test
	void aStoredRequestIsStillThereAfterARestart() throws Exception {
		String url = databaseUrl("restart");
		String reference;
		try (ConfigurableApplicationContext first = start(url)) {
			reference = new ConsultationHttp(base(first)).submitValid(Map.of("fullName", "Before Restart"));
		}
		try (ConfigurableApplicationContext second = start(url)) {
			ConsultationRequest stored = second.getBean(StoredRequests.class).findByReference(reference).orElseThrow();
			assertThat(stored.getFullName()).isEqualTo("Before Restart");
		}
	}

	@Test
	void aStoredRequestSurvivesKillDashNineRightAfterThe303() throws Exception {
		String url = databaseUrl("killed");
		Process app = startProcess(url);
		try {
			int port = awaitPort(app);
			ConsultationHttp browser = new ConsultationHttp("http://localhost:" + port);
			Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
			fields.putAll(ConsultationHttp.validFields());
			fields.put("fullName", "Killed Right After");
			var response = browser.post(fields);
			assertThat(response.statusCode()).isEqualTo(303);
			app.destroyForcibly();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			app.destroyForcibly();
		}
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = db
					.prepareStatement("select count(*) from consultation_requests where full_name = ?")) {
			query.setString(1, "Killed Right After");
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				assertThat(rows.getInt(1)).as("requests found after kill -9").isEqualTo(1);
			}
		}
	}

	/**
	 * The application's own default database address, with its settings, moved to a
	 * temporary folder: the test checks the settings the site really ships with.
	 */
	private String databaseUrl(String name) {
		var yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String shipped = yaml.getObject().getProperty("spring.datasource.url");
		assertThat(shipped).startsWith("jdbc:h2:file:./data/nyfp");
		return shipped.replace("./data/nyfp", this.folder.resolve(name).toAbsolutePath().toString());
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(NyfpApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--clinic.web.page-cache.enabled=false");
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * The application in its own JVM, as it runs in production, so that it can be killed
	 * outright.
	 */
	private static Process startProcess(String url) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, NyfpApplication.class.getName(),
						"--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off"));
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

}
