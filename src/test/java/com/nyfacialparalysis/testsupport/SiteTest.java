package com.nyfacialparalysis.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.nyfacialparalysis.requests.ReferenceGenerator;

/**
 * The whole site, started once and shared: every test class with this annotation and no
 * settings of its own gets the same application from Spring's context cache, on a real
 * port and with MockMvc, the settings of the {@code test} profile
 * (src/test/resources/application-test.yml), and a clock a test may set
 * ({@link SettableClock}, back to the real time after each test), and limits a test may
 * change for itself ({@link SiteSettings}, put back after each test). The reference
 * generator is the real one watched by a Mockito spy, which does what the real one does
 * until a test says otherwise (ConsultationNotStoredTest makes it fail) and is reset
 * after each test. Each new request emails the front desk, as in production, at a mail
 * server of the application's own ({@link TestMail}), where a test finds its emails by
 * reference. A setting added to one class ({@code @TestPropertySource}, {@code @Import},
 * {@code @MockitoBean}) starts a second application for that class alone (13 to 20
 * seconds): change a limit through {@link SiteSettings} instead, and add a setting only
 * when it cannot change while the site runs. Tests in one application share its database,
 * so a test looks for its own rows (by reference, by name) and never counts a whole table
 * it has not emptied first (the inbox's tests and the reports empty the requests with
 * {@code RequestRows.deleteAll}; test classes run one after another, never at once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "clinic.notifications.email-to=desk@clinic.test")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ SettableClock.InPlace.class, SiteSettings.InPlace.class, TestMail.InPlace.class })
@MockitoSpyBean(types = ReferenceGenerator.class)
@TestExecutionListeners(
		listeners = { SettableClock.BackToRealTime.class, SiteSettings.BackAfterEachTest.class, RealCsrfTokens.class },
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface SiteTest {

}
