package com.nyfacialparalysis.reports;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.consultation.Concerns;
import com.nyfacialparalysis.requests.figures.Breakdown;
import com.nyfacialparalysis.requests.figures.RequestFigures;
import com.nyfacialparalysis.requests.figures.WeekFigures;
import com.nyfacialparalysis.system.site.Language;

/**
 * The practice manager's weekly figures for the last 12 weeks (the current week last, so
 * far): requests, urgent requests, the wait for the first call in open hours (median and
 * 90th percentile), the share called back within the promise, and requests by concern and
 * by language.
 */
@Service
class Reports {

	static final int WEEKS = 12;

	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.US);

	private final RequestFigures queries;

	private final ClinicHoursCalendar calendar;

	private final ClinicProperties clinic;

	private final Concerns concerns;

	private final Clock clock;

	private final MessageSource messages;

	Reports(RequestFigures queries, ClinicHoursCalendar calendar, ClinicProperties clinic, Concerns concerns,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.queries = queries;
		this.calendar = calendar;
		this.clinic = clinic;
		this.concerns = concerns;
		this.clock = clock;
	}

	/**
	 * The figures.
	 *
	 * @param weeks each week's figures, oldest first
	 * @param concerns requests by concern over the same weeks, most first, by title
	 * @param languages requests by the language of the form over the same weeks, most
	 * first, by the language's name
	 */
	public record Figures(List<WeekFigures> weeks, Map<String, Long> concerns, Map<String, Long> languages) {

		List<String> weekLabels() {
			return this.weeks.stream().map((week) -> WEEK.format(week.weekStarting())).toList();
		}

	}

	Figures figures() {
		ZoneId zone = this.clinic.hours().zone();
		Instant now = this.clock.instant();
		LocalDate thisMonday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<LocalDate> mondays = new ArrayList<>();
		for (int i = WEEKS - 1; i >= 0; i--) {
			mondays.add(thisMonday.minusWeeks(i));
		}
		List<WeekFigures> weeks = this.queries.weeks(mondays, zone, promisePendingFrom(now));
		Instant from = mondays.get(0).atStartOfDay(zone).toInstant();
		Instant to = thisMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
		Map<String, Long> concerns = new LinkedHashMap<>();
		Map<String, String> titles = concernTitles();
		this.queries.countBy(Breakdown.CONCERN, from, to)
			.forEach((concern, count) -> concerns.merge(titles.getOrDefault(concern, concern), count, Long::sum));
		Map<String, Long> languages = new LinkedHashMap<>();
		this.queries.countBy(Breakdown.LANGUAGE, from, to)
			.forEach((tag, count) -> languages.merge(languageName(tag), count, Long::sum));
		return new Figures(weeks, concerns, languages);
	}

	/** A language's name as the desk shows it (the desk is in English). */
	private String languageName(String tag) {
		return this.messages.getMessage("staff.language." + Language.ofTag(tag).name(), null, tag, Locale.US);
	}

	/** The charts drawn from the figures, in the order the page shows them. */
	Map<String, Chart> charts(Figures figures) {
		List<String> labels = figures.weekLabels();
		List<WeekFigures> weeks = figures.weeks();
		Map<String, Chart> charts = new LinkedHashMap<>();
		charts.put("requests", Chart.columns("requests", labels,
				List.of(weeks.stream().mapToDouble(WeekFigures::requests).toArray()), Reports::whole));
		charts.put("first-call",
				Chart.columns("first-call", labels,
						List.of(weeks.stream().mapToDouble((week) -> hours(week.medianSeconds())).toArray(),
								weeks.stream().mapToDouble((week) -> hours(week.p90Seconds())).toArray()),
						(value) -> String.format(Locale.US, "%.1f h", value)));
		charts.put("promise",
				Chart.columns("promise", labels,
						List.of(weeks.stream()
							.mapToDouble((week) -> (week.shareKept() == null) ? 0 : week.shareKept() * 100)
							.toArray()),
						100, (value) -> Math.round(value) + "%"));
		charts.put("concerns", Chart.rows("concerns", List.copyOf(figures.concerns().keySet()),
				figures.concerns().values().stream().mapToDouble(Long::doubleValue).toArray(), Reports::whole));
		charts.put("languages", Chart.rows("languages", List.copyOf(figures.languages().keySet()),
				figures.languages().values().stream().mapToDouble(Long::doubleValue).toArray(), Reports::whole));
		charts.put("urgent",
				Chart.columns("urgent", labels, List.of(weeks.stream().mapToDouble(WeekFigures::urgent).toArray(),
						weeks.stream().mapToDouble(WeekFigures::within72Hours).toArray()), Reports::whole));
		return charts;
	}

	/**
	 * The earliest receipt whose promise has not passed yet: requests received from then
	 * on and not called yet are not late (yet). The promise only moves later with the
	 * receipt, so a search by halves finds it to the second.
	 */
	Instant promisePendingFrom(Instant now) {
		long low = now.minus(Duration.ofDays(400)).getEpochSecond();
		long high = now.getEpochSecond() + 1;
		while (low < high) {
			long middle = low + (high - low) / 2;
			if (this.calendar.isOverdue(Instant.ofEpochSecond(middle), now)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return Instant.ofEpochSecond(low);
	}

	private Map<String, String> concernTitles() {
		return this.concerns.titles(Locale.ENGLISH);
	}

	static double hours(Double seconds) {
		return (seconds == null) ? 0 : seconds / 3600;
	}

	private static String whole(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.US, "%.1f", value);
	}

}
