package com.nyfacialparalysis.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * A test whose application runs on the tests' real PostgreSQL server
 * ({@link TestPostgres}) instead of H2, in a schema of its own. Every test class with
 * this annotation and the same settings shares one application and its schema through
 * Spring's context cache (the {@code *OnPostgresTest} classes that repeat a
 * {@link SiteTest} class's tests all share one), so those tests look for their own rows
 * there, as on the shared H2 site. Runs under Failsafe ({@link UsesPostgres}); without a
 * server it is skipped, or fails in CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@UsesPostgres
@ExtendWith(TestPostgres.Required.class)
@ContextConfiguration(initializers = TestPostgres.Schema.class)
public @interface OnPostgres {

}
