package com.nyfacialparalysis.testsupport;

/**
 * The JUnit tags that split the suite. {@code ./mvnw test} (Surefire) runs every test
 * without one of these tags: the fast part. {@code ./mvnw verify} runs those too, and
 * then (Failsafe) the tests tagged with one of them. The tags are given through
 * {@link UsesBrowser}, {@link UsesPostgres} and {@link KillsProcess}; pom.xml names the
 * same tags in {@code slow.tags}.
 */
public final class TestKinds {

	/** Drives a real browser. */
	public static final String BROWSER = "browser";

	/** Needs the PostgreSQL server of the tests. */
	public static final String POSTGRES = "postgres";

	/** Kills a process of the site. */
	public static final String KILL = "kill";

	private TestKinds() {
	}

}
