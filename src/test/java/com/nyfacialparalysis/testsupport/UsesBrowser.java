package com.nyfacialparalysis.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives a real browser (Chromium through chromedriver). It runs in
 * {@code ./mvnw verify} under Failsafe, never in {@code ./mvnw test}; see
 * {@link TestKinds}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(TestKinds.BROWSER)
public @interface UsesBrowser {

}
