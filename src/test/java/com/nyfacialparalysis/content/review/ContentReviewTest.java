package com.nyfacialparalysis.content.review;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.content.review.WordRun.Change;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The service the desk's Content screen calls: a sign-off pinned to the exact text the
 * clinician saw, the list of pages most urgent first, and what changed since a sign-off.
 */
@SiteTest
class ContentReviewTest {

	@Autowired
	ContentReview review;

	@Autowired
	ContentLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignOffWatch watch;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void startWithNoSignOffs() {
		this.clock.set(SettableClock.START);
		SignOffRows.noneYet(this.jdbc, this.watch);
	}

	@Test
	void aSignOffKeepsTheExactTextItsHashTheClinicianAsNamedAndTheNextReviewDate() {
		ContentPage page = this.library.get(PageKind.CONDITION, "bells-palsy");
		SignOff signOff = this.review.signOff(page.key(), page.sha256(), 42L,
				new Reviewer("Ana Ruiz, MD", "facial plastic surgeon"));

		assertThat(signOff.page()).isEqualTo(page.key());
		assertThat(signOff.signedOn()).isEqualTo(LocalDate.parse("2027-04-06"));
		assertThat(signOff.nextReviewDue()).as("12 months, the default interval")
			.isEqualTo(LocalDate.parse("2028-04-06"));
		Map<String, Object> row = this.jdbc.queryForMap("select * from content_sign_offs where id = ?", signOff.id());
		assertThat(row.get("page_kind")).isEqualTo("CONDITION");
		assertThat(row.get("page_slug")).isEqualTo("bells-palsy");
		assertThat(row.get("content")).isEqualTo(page.fileContent());
		assertThat(row.get("content_sha256")).isEqualTo(page.sha256());
		assertThat(((Number) row.get("clinician_id")).longValue()).isEqualTo(42L);
		assertThat(row.get("clinician_name")).isEqualTo("Ana Ruiz, MD");
		assertThat(row.get("clinician_title")).isEqualTo("facial plastic surgeon");
		assertThat(this.jdbc
			.queryForObject("select signed_at from content_sign_offs where id = ?", OffsetDateTime.class, signOff.id())
			.toInstant()).isEqualTo(SettableClock.START);
		assertThat(this.review.signedOffText(page.key())).contains(page.fileContent());
	}

	@Test
	void refusesASignOffWhenTheTextIsNotTheTextTheClinicianSaw() {
		ContentPage page = this.library.get(PageKind.CONDITION, "hemifacial-spasm");
		assertThatExceptionOfType(PageTextChangedException.class)
			.isThrownBy(() -> this.review.signOff(page.key(), "a".repeat(64), 42L, new Reviewer("Ana Ruiz, MD", null)))
			.satisfies((ex) -> assertThat(ex.page()).isEqualTo(page.key()));
		assertThat(count()).as("nothing recorded").isZero();
	}

	@Test
	void refusesAPageThatIsNotForClinicalReviewOrDoesNotExist() {
		ContentPage privacy = this.library.get(PageKind.PAGE, "privacy");
		assertThatExceptionOfType(PageNotFoundException.class).isThrownBy(
				() -> this.review.signOff(privacy.key(), privacy.sha256(), 42L, new Reviewer("Ana Ruiz, MD", null)));
		assertThatExceptionOfType(PageNotFoundException.class)
			.isThrownBy(() -> this.review.signOff(new PageKey(PageKind.CONDITION, "magic"), "a".repeat(64), 42L,
					new Reviewer("Ana Ruiz, MD", null)));
		assertThat(count()).isZero();
	}

	@Test
	void aReviewerNeedsANameAndPlainText() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Reviewer(" ", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Reviewer("Ana\u0000Ruiz", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Reviewer("Ana Ruiz", "x".repeat(151)));
		assertThat(new Reviewer(" Ana Ruiz ", " ").jobTitle()).isNull();
		assertThat(new Reviewer("Ana Ruiz", null).inSentence()).isEqualTo("Ana Ruiz");
		assertThat(new Reviewer("Ana Ruiz, MD", null).inSentence()).isEqualTo("Ana Ruiz, MD,");
	}

	@Test
	void listsEveryPageForReviewMostUrgentFirst() {
		ContentPage changed = this.library.get(PageKind.CONDITION, "tourette-syndrome");
		ContentPage overdue = this.library.get(PageKind.CONDITION, "hemifacial-spasm");
		ContentPage reviewed = this.library.get(PageKind.TREATMENT, "physical-therapy");
		SignOffRows.insert(this.jdbc, changed, "0".repeat(64), "old text", "Ana Ruiz, MD", null,
				Instant.parse("2027-01-05T15:00:00Z"), LocalDate.parse("2028-01-05"));
		SignOffRows.ofCurrentText(this.jdbc, overdue, "Ana Ruiz, MD", null, Instant.parse("2026-03-03T15:00:00Z"),
				LocalDate.parse("2027-03-03"));
		SignOffRows.ofCurrentText(this.jdbc, reviewed, "Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"),
				LocalDate.parse("2028-03-03"));

		List<PageReview> pages = this.review.pages();
		assertThat(pages).hasSize(this.library.clinicallyReviewed().size());
		assertThat(pages.get(0).page().key()).isEqualTo(changed.key());
		assertThat(pages.get(0).state()).isEqualTo(ReviewState.CHANGED_SINCE_REVIEW);
		assertThat(pages.get(0).latest()).isPresent();
		assertThat(pages.subList(1, pages.size() - 2)).extracting(PageReview::state)
			.containsOnly(ReviewState.NOT_REVIEWED);
		assertThat(pages.get(pages.size() - 2).page().key()).isEqualTo(overdue.key());
		assertThat(pages.get(pages.size() - 2).state()).isEqualTo(ReviewState.REVIEW_OVERDUE);
		assertThat(pages.get(pages.size() - 1).page().key()).isEqualTo(reviewed.key());
		assertThat(pages.get(pages.size() - 1).state()).isEqualTo(ReviewState.REVIEWED);
		assertThat(pages.get(pages.size() - 1).latest().orElseThrow().reviewer().name()).isEqualTo("Ana Ruiz, MD");
		this.watch.check();
		assertThat(this.review.pagesNeedingReview()).as("for the staff navigation").isEqualTo(pages.size() - 1);
		assertThat(this.review.page(overdue.key()).state()).isEqualTo(ReviewState.REVIEW_OVERDUE);
	}

	@Test
	void showsWordByWordWhatChangedSinceTheLastSignOff() {
		ContentPage page = this.library.get(PageKind.TREATMENT, "botulinum-toxin-injections");
		String signed = page.fileContent().replace("## What is it?", "## What is it, then?");
		SignOffRows.insert(this.jdbc, page, "0".repeat(64), signed, "Ana Ruiz, MD", null,
				Instant.parse("2027-01-05T15:00:00Z"), LocalDate.parse("2028-01-05"));

		List<WordRun> changes = this.review.changesSinceReview(page.key()).orElseThrow();
		assertThat(changes).filteredOn((run) -> run.change() != Change.UNCHANGED)
			.containsExactly(new WordRun(Change.REMOVED, "it, then?"), new WordRun(Change.ADDED, "it?"));
		assertThat(this.review.changesSinceReview(this.library.get(PageKind.TREATMENT, "physical-therapy").key()))
			.as("never signed off")
			.isEmpty();
	}

	@Test
	void theHistoryOfAPageIsNewestFirst() {
		ContentPage page = this.library.get(PageKind.TREATMENT, "steroid-injections");
		this.review.signOff(page.key(), page.sha256(), 1L, new Reviewer("Ana Ruiz, MD", null));
		this.clock.set(SettableClock.START.plusSeconds(86_400));
		this.review.signOff(page.key(), page.sha256(), 2L, new Reviewer("Ben Ode, DO", null));
		assertThat(this.review.history(page.key())).extracting((signOff) -> signOff.reviewer().name())
			.containsExactly("Ben Ode, DO", "Ana Ruiz, MD");
	}

	@Test
	void signOffsCanOnlyBeAddedAndReadNeverChangedOrDeleted() {
		assertThat(Arrays.stream(SignOffRepository.class.getMethods()).map(Method::getName))
			.allSatisfy((name) -> assertThat(name).matches("save|find.*"));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from content_sign_offs", Integer.class);
	}

}
