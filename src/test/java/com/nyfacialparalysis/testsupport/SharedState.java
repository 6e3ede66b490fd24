package com.nyfacialparalysis.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What test classes share when JUnit runs them at once (pom.xml's {@code test.parallel}:
 * Failsafe runs two classes at a time, each class's tests one after another).
 *
 * <p>
 * An application that Spring's context cache shares ({@link SiteTest}, and a
 * {@code SiteTest} on PostgreSQL, {@link OnPostgres}) is shared state from end to end:
 * its {@link SettableClock} and {@link SiteSettings}, which every class's tests put back
 * after each test, its {@link TestMail} inboxes, its page cache, its database with the
 * accounts named in the tests, the requests some classes delete and count, the pages one
 * class signs off and another reads, its session and sign-in limits. The classes written
 * for it assume they are alone on it, as they were when classes ran one after another. So
 * each class holds a lock on its application ({@link OneClassPerApplication}): the
 * classes of one application still run one after another, in any order, and classes of
 * different applications (the browser tests on H2 beside the PostgreSQL tests, a class
 * with settings of its own beside the shared site) run at once. Spring starts an
 * application once even when two classes ask for it together (its context cache loads
 * under one lock), and pauses one only when no running class uses it.
 *
 * <p>
 * What applications do not share: each has a database of its own (H2 in memory under a
 * random name, or a new schema on the tests' PostgreSQL server, {@link TestPostgres}),
 * its own port, clock, mail server and page cache. Each browser test class starts its own
 * Chromium with a fresh profile on a free port. The tests that start instances themselves
 * ({@link SiteInstances}, the {@link KillsProcess} test) start them on a new schema, or a
 * file database in a folder of their own, with a clock and mail server of their own, and
 * kill only the process they started; they hold no lock. The HTML checker is
 * synchronized. A class that needs something none of this covers (a system property, a
 * fixed port, a file outside its own folder) takes a lock named here.
 */
public final class SharedState {

	private static final Map<MergedContextConfiguration, String> APPLICATIONS = new LinkedHashMap<>();

	private SharedState() {
	}

	/**
	 * The name of the lock on the application a Spring test class runs on: the same name
	 * for every class that Spring's context cache gives the same application.
	 */
	static synchronized String application(Class<?> testClass) {
		MergedContextConfiguration configuration = BootstrapUtils.resolveTestContextBootstrapper(testClass)
			.buildMergedContextConfiguration();
		return APPLICATIONS.computeIfAbsent(configuration, (key) -> "application " + (APPLICATIONS.size() + 1)
				+ " (first asked for by " + testClass.getSimpleName() + ")");
	}

	/**
	 * One class at a time on each application: the lock of {@link #application} for the
	 * whole class, read and write.
	 */
	public static final class OneClassPerApplication implements ResourceLocksProvider {

		@Override
		public Set<Lock> provideForClass(Class<?> testClass) {
			return Set.of(new Lock(application(testClass), ResourceAccessMode.READ_WRITE));
		}

	}

}
