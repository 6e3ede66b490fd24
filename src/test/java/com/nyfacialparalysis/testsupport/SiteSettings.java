package com.nyfacialparalysis.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Settings of the shared site ({@link SiteTest}) that one test changes for itself while
 * the site runs: an hourly limit of 3 requests, a cap of 3 live sessions, one place in
 * the waiting line. Like the {@link SettableClock}, a change lasts until the end of the
 * test ({@link BackAfterEachTest}) and needs no application of its own. A setting is what
 * a part of the site read from its properties when it was made, so it is changed where
 * that part keeps it: {@code set(limiter, "perHour", 3)}. A field renamed in the site
 * fails the test that sets it, with the field's name.
 */
public final class SiteSettings {

	private final Deque<Runnable> putBack = new ArrayDeque<>();

	/**
	 * Gives a part of the site (a bean, or the filter of a registration) another value of
	 * one of its settings, for this test only.
	 */
	public synchronized void set(Object part, String field, Object value) {
		Object target = AopTestUtils.getUltimateTargetObject(part);
		Object before = ReflectionTestUtils.getField(target, field);
		ReflectionTestUtils.setField(target, field, value);
		this.putBack.push(() -> ReflectionTestUtils.setField(target, field, before));
	}

	/** Every setting changed since the test began, back as it was. */
	public synchronized void putBack() {
		while (!this.putBack.isEmpty()) {
			this.putBack.pop().run();
		}
	}

	/** Makes the settings changeable in the shared site. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InPlace {

		@Bean
		SiteSettings siteSettings() {
			return new SiteSettings();
		}

	}

	/** Puts every setting back after each test. */
	public static class BackAfterEachTest implements TestExecutionListener {

		@Override
		public void afterTestMethod(TestContext testContext) {
			if (testContext.hasApplicationContext()) {
				testContext.getApplicationContext()
					.getBeanProvider(SiteSettings.class)
					.ifAvailable(SiteSettings::putBack);
			}
		}

	}

}
