package com.nyfacialparalysis.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.nyfacialparalysis.NyfpApplication;

/**
 * Instances of the whole site that a test starts itself on one new schema of the tests'
 * PostgreSQL server ({@link TestPostgres}), as servers behind a load balancer share one
 * database: each on a free port, with the {@code test} and {@code postgres} profiles and
 * the settings given ({@code --name=value}). {@link #stopAll()} stops every one still
 * running.
 */
public final class SiteInstances {

	private final String schema = TestPostgres.newSchema();

	private final List<String> settings;

	private final List<ApplicationContextInitializer<?>> initializers = new ArrayList<>();

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	private SiteInstances(List<String> settings) {
		this.settings = settings;
	}

	/**
	 * Instances to come on a new schema, each with these settings; fails in CI, and skips
	 * elsewhere, without a PostgreSQL server.
	 */
	public static SiteInstances onPostgres(String... settings) {
		TestPostgres.require();
		return new SiteInstances(List.of(settings));
	}

	/** Runs this on each instance's application before it starts. */
	public SiteInstances withInitializer(ApplicationContextInitializer<?> initializer) {
		this.initializers.add(initializer);
		return this;
	}

	/** Starts one more instance, with these settings as well. */
	public ConfigurableApplicationContext start(String... moreSettings) {
		List<String> args = new ArrayList<>();
		TestPostgres.settings(this.schema).forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--server.port=0");
		args.addAll(this.settings);
		args.addAll(List.of(moreSettings));
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(NyfpApplication.class)
			.profiles("test", "postgres")
			.initializers(this.initializers.toArray(ApplicationContextInitializer[]::new))
			.run(args.toArray(String[]::new));
		this.started.add(instance);
		return instance;
	}

	/** Stops every instance started here that is still running. */
	public void stopAll() {
		for (ConfigurableApplicationContext instance : this.started) {
			if (instance.isActive()) {
				instance.close();
			}
		}
	}

	/** Where an instance answers: {@code http://localhost:port}. */
	public static String base(ConfigurableApplicationContext instance) {
		return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
	}

}
