package com.nyfacialparalysis.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicHoursCalendarTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final ClinicHoursCalendar calendar = calendar(List.of());

	@Test
	void aRequestSentOnFridayEveningIsDueByMondaysClose() {
		assertThat(this.calendar.callBackBy(at("2026-11-20T19:30"))).isEqualTo(at("2026-11-23T17:00", NEW_YORK));
	}

	@Test
	void aRequestSentBeforeOpeningOnAWorkingDayIsDueThatDay() {
		assertThat(this.calendar.callBackBy(at("2026-11-23T07:15"))).isEqualTo(at("2026-11-23T17:00", NEW_YORK));
		assertThat(this.calendar.callBackBy(at("2026-11-23T10:00"))).isEqualTo(at("2026-11-24T17:00", NEW_YORK));
	}

	@Test
	void thanksgivingIsSkipped() {
		// Wednesday evening before Thanksgiving (Thursday, November 26, 2026): Friday is
		// the next working day.
		assertThat(this.calendar.callBackBy(at("2026-11-25T18:00"))).isEqualTo(at("2026-11-27T17:00", NEW_YORK));
		assertThat(this.calendar.isOpenDay(LocalDate.of(2026, 11, 26))).isFalse();
	}

	@Test
	void aClosedDayFromTheSettingsIsSkippedToo() {
		ClinicHoursCalendar closedAfterThanksgiving = calendar(List.of(LocalDate.of(2026, 11, 27)));
		assertThat(closedAfterThanksgiving.callBackBy(at("2026-11-25T18:00")))
			.isEqualTo(at("2026-11-30T17:00", NEW_YORK));
	}

	@Test
	void christmasAndNewYearAreSkippedButTheDaysAroundThemAreWorkingDays() {
		// Christmas 2026 is a Friday; New Year's Day 2027 is the next Friday.
		assertThat(this.calendar.isOpenDay(LocalDate.of(2026, 12, 24))).isTrue();
		assertThat(this.calendar.callBackBy(at("2026-12-24T18:00"))).isEqualTo(at("2026-12-28T17:00", NEW_YORK));
		assertThat(this.calendar.isOpenDay(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(this.calendar.callBackBy(at("2026-12-31T18:00"))).isEqualTo(at("2027-01-04T17:00", NEW_YORK));
	}

	@Test
	void aHolidayOnASaturdayIsObservedOnTheFridayBefore() {
		// New Year's Day 2028 is a Saturday, observed on Friday, December 31, 2027.
		assertThat(this.calendar.isOpenDay(LocalDate.of(2027, 12, 31))).isFalse();
		assertThat(this.calendar.callBackBy(at("2027-12-30T18:00"))).isEqualTo(at("2028-01-03T17:00", NEW_YORK));
		// Independence Day 2027 is a Sunday, observed on Monday, July 5.
		assertThat(this.calendar.isOpenDay(LocalDate.of(2027, 7, 5))).isFalse();
	}

	@Test
	void eachFederalHolidayFallsOnItsDayIn2026() {
		assertThat(FederalHoliday.MARTIN_LUTHER_KING_JR_DAY.observedIn(2026)).isEqualTo("2026-01-19");
		assertThat(FederalHoliday.WASHINGTONS_BIRTHDAY.observedIn(2026)).isEqualTo("2026-02-16");
		assertThat(FederalHoliday.MEMORIAL_DAY.observedIn(2026)).isEqualTo("2026-05-25");
		assertThat(FederalHoliday.JUNETEENTH.observedIn(2026)).isEqualTo("2026-06-19");
		assertThat(FederalHoliday.INDEPENDENCE_DAY.observedIn(2026)).isEqualTo("2026-07-03");
		assertThat(FederalHoliday.LABOR_DAY.observedIn(2026)).isEqualTo("2026-09-07");
		assertThat(FederalHoliday.COLUMBUS_DAY.observedIn(2026)).isEqualTo("2026-10-12");
		assertThat(FederalHoliday.VETERANS_DAY.observedIn(2026)).isEqualTo("2026-11-11");
		assertThat(FederalHoliday.THANKSGIVING_DAY.observedIn(2026)).isEqualTo("2026-11-26");
	}

	@Test
	void theOverdueMarkFollowsTheSamePromise() {
		var received = at("2026-11-25T18:00");
		assertThat(this.calendar.isOverdue(received, at("2026-11-27T16:59"))).isFalse();
		assertThat(this.calendar.isOverdue(received, at("2026-11-27T17:01"))).isTrue();
	}

	@Test
	void businessTimeCountsOnlyOpenHoursOnWorkingDays() {
		// Friday 17:30 to Monday 9:00: only Monday's first half hour counts.
		assertThat(this.calendar.businessTimeBetween(at("2026-11-20T17:30"), at("2026-11-23T09:00")))
			.isEqualTo(Duration.ofMinutes(30));
		// Wednesday 16:00 to Friday 9:30, over Thanksgiving: one hour on Wednesday, one
		// on Friday.
		assertThat(this.calendar.businessTimeBetween(at("2026-11-25T16:00"), at("2026-11-27T09:30")))
			.isEqualTo(Duration.ofHours(2));
		// Within one morning.
		assertThat(this.calendar.businessTimeBetween(at("2026-11-23T09:00"), at("2026-11-23T11:15")))
			.isEqualTo(Duration.ofMinutes(135));
		assertThat(this.calendar.businessTimeBetween(at("2026-11-23T11:15"), at("2026-11-23T09:00")))
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void callAgainMeansTheNextOpening() {
		assertThat(this.calendar.nextOpeningAfter(at("2026-11-25T10:00"))).isEqualTo(at("2026-11-27T08:30", NEW_YORK));
		assertThat(this.calendar.nextOpeningAfter(at("2026-11-30T07:00"))).isEqualTo(at("2026-11-30T08:30", NEW_YORK));
	}

	@Test
	void closedDaysAreReadFromOneEnvironmentVariable() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test", Map.of("CLINIC_CLOSED_DAYS", "2026-11-27,2026-12-24",
					"CLINIC_CLOSED_HOLIDAYS", "THANKSGIVING_DAY,CHRISTMAS_DAY")));
		Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
		ClosedDaysProperties closed = new Binder(sources).bind("clinic.closed", ClosedDaysProperties.class).get();
		assertThat(closed.days()).containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 24));
		assertThat(closed.holidays()).containsExactly(FederalHoliday.THANKSGIVING_DAY, FederalHoliday.CHRISTMAS_DAY);
	}

	private static ClinicHoursCalendar calendar(List<LocalDate> closedDays) {
		ClinicProperties clinic = new Binder(ConfigurationPropertySources.get(new StandardEnvironment()))
			.bindOrCreate("clinic", ClinicProperties.class);
		ClosedDaysProperties closed = new Binder(ConfigurationPropertySources.get(new StandardEnvironment()))
			.bindOrCreate("clinic.closed", ClosedDaysProperties.class);
		return new ClinicHoursCalendar(clinic, new ClosedDaysProperties(closed.holidays(), closedDays));
	}

	private static Instant at(String newYorkTime) {
		return LocalDateTime.parse(newYorkTime).atZone(NEW_YORK).toInstant();
	}

	private static ZonedDateTime at(String newYorkTime, ZoneId zone) {
		return LocalDateTime.parse(newYorkTime).atZone(zone);
	}

}
