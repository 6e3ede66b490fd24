package com.nyfacialparalysis.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.consultation.Concerns;
import com.nyfacialparalysis.requests.figures.Breakdown;
import com.nyfacialparalysis.requests.figures.RequestFigures;
import com.nyfacialparalysis.requests.figures.WeekFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The reports on their own, with the clinic's calendar (the module they lean on for weeks
 * and hours) and its neighbours stood in for: the requests' figures, the form's concerns
 * and the audit log. What the reports make of the figures: the weeks they ask for,
 * concerns named by their titles, languages by their names, and the CSV.
 */
@ApplicationModuleTest(extraIncludes = "clinic")
@ActiveProfiles("test")
class ReportsModuleTest {

	/** A Wednesday afternoon in New York, the clinic's zone. */
	static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@MockitoBean
	RequestFigures figures;

	@MockitoBean
	Concerns concerns;

	@MockitoBean
	AuditLog audit;

	@Autowired
	Reports reports;

	@Autowired
	ReportsController controller;

	@Test
	void theLastTwelveWeeksAreAskedForAndTheirConcernsAndLanguagesNamed() {
		Instant from = LocalDate.parse("2026-09-14").atStartOfDay(NEW_YORK).toInstant();
		Instant to = LocalDate.parse("2026-12-07").atStartOfDay(NEW_YORK).toInstant();
		given(this.figures.weeks(anyList(), any(), any())).willReturn(weeks());
		given(this.figures.countBy(Breakdown.CONCERN, from, to))
			.willReturn(ordered("bells-palsy", 3L, "synkinesis", 2L, "not-sure", 1L));
		given(this.figures.countBy(Breakdown.LANGUAGE, from, to)).willReturn(ordered("en", 4L, "es", 1L));
		given(this.concerns.titles(Locale.ENGLISH))
			.willReturn(Map.of("bells-palsy", "Bell's palsy", "not-sure", "Not sure"));

		Reports.Figures shown = this.reports.figures();

		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<LocalDate>> mondays = ArgumentCaptor.forClass(List.class);
		verify(this.figures).weeks(mondays.capture(), eq(NEW_YORK), any());
		assertThat(mondays.getValue()).hasSize(12)
			.startsWith(LocalDate.parse("2026-09-14"))
			.endsWith(LocalDate.parse("2026-11-30"))
			.allMatch((monday) -> monday.getDayOfWeek().getValue() == 1);
		assertThat(shown.concerns()).containsExactly(Map.entry("Bell's palsy", 3L), Map.entry("synkinesis", 2L),
				Map.entry("Not sure", 1L));
		assertThat(shown.languages()).containsExactly(Map.entry("English", 4L), Map.entry("Spanish", 1L));
		assertThat(this.reports.charts(shown)).containsKeys("requests", "first-call", "promise", "concerns",
				"languages", "urgent");
	}

	@Test
	void theFiguresAsCsvAreOneLineAWeekAndTheirExportIsAudited() {
		given(this.figures.weeks(anyList(), any(), any())).willReturn(weeks());
		given(this.figures.countBy(any(), any(), any())).willReturn(Map.of());
		given(this.concerns.titles(Locale.ENGLISH)).willReturn(Map.of());

		ResponseEntity<String> csv = this.controller.csv();

		assertThat(csv.getBody()).startsWith("\uFEFF" + ReportsController.CSV_HEADER + "\r\n")
			.contains("\"2026-11-30\",\"5\",\"1\",\"2\",\"4\",\"1.00\",\"3.00\",\"3\",\"4\",\"0.750\"\r\n");
		verify(this.audit).record(AuditAction.REPORTS_EXPORTED, null, "12 weeks");
	}

	/** Twelve weeks with nothing in them, then this week's. */
	private static List<WeekFigures> weeks() {
		List<WeekFigures> weeks = new ArrayList<>();
		for (int i = 11; i > 0; i--) {
			weeks.add(new WeekFigures(LocalDate.parse("2026-11-30").minusWeeks(i), 0, 0, 0, 0, null, null, 0, 0));
		}
		weeks.add(new WeekFigures(LocalDate.parse("2026-11-30"), 5, 1, 2, 4, 3600.0, 10800.0, 3, 4));
		return weeks;
	}

	private static Map<String, Long> ordered(Object... pairs) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counts.put((String) pairs[i], (Long) pairs[i + 1]);
		}
		return counts;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
