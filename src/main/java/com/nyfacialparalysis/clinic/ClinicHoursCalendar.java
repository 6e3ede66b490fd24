package com.nyfacialparalysis.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The clinic's working calendar: its weekly open days and hours, less the federal
 * holidays it observes and any other closed dates. It says when the front desk promises
 * to call back by, when it opens next, and how much working time lies between two moments
 * (the time a patient waited, counted as the desk counts it).
 */
@Component
public class ClinicHoursCalendar {

	/**
	 * Further than any promise reaches: a calendar with no open day at all is a setting
	 * mistake.
	 */
	private static final int MAX_DAYS_AHEAD = 366;

	private final ClinicProperties.Hours hours;

	private final Set<FederalHoliday> holidays;

	private final Set<LocalDate> closedDates;

	public ClinicHoursCalendar(ClinicProperties clinic, ClosedDaysProperties closed) {
		this.hours = clinic.hours();
		this.holidays = closed.holidays().isEmpty() ? EnumSet.noneOf(FederalHoliday.class)
				: EnumSet.copyOf(closed.holidays());
		this.closedDates = new HashSet<>(closed.days());
		if (this.hours.days().isEmpty()) {
			throw new IllegalStateException("clinic.hours.days names no day: the clinic would never be open");
		}
	}

	/** Whether the front desk works on this date at all. */
	public boolean isOpenDay(LocalDate day) {
		if (!this.hours.isOpenOn(day.getDayOfWeek()) || this.closedDates.contains(day)) {
			return false;
		}
		for (FederalHoliday holiday : this.holidays) {
			// A holiday observed on December 31 belongs to the next year's New Year's
			// Day.
			if (holiday.observedIn(day.getYear()).equals(day) || holiday.observedIn(day.getYear() + 1).equals(day)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The end of the next full business day after the moment a request arrives: the
	 * promise "we will call you within one business day". A request that arrives before
	 * opening on a working day is due by that day's close.
	 */
	public ZonedDateTime callBackBy(Instant received) {
		ZonedDateTime local = received.atZone(this.hours.zone());
		LocalDate day = local.toLocalDate();
		boolean arrivedBeforeOpening = isOpenDay(day) && local.toLocalTime().isBefore(this.hours.opens());
		LocalDate due = arrivedBeforeOpening ? day : nextOpenDayAfter(day);
		return due.atTime(this.hours.closes()).atZone(this.hours.zone());
	}

	/**
	 * Whether a request received then is still waiting for its first call past the
	 * promise.
	 */
	public boolean isOverdue(Instant received, Instant now) {
		return now.isAfter(callBackBy(received).toInstant());
	}

	/**
	 * The next moment the front desk opens, after the given one ("call again" on the next
	 * business day).
	 */
	public ZonedDateTime nextOpeningAfter(Instant moment) {
		ZonedDateTime local = moment.atZone(this.hours.zone());
		LocalDate day = local.toLocalDate();
		LocalDate opening = (isOpenDay(day) && local.toLocalTime().isBefore(this.hours.opens())) ? day
				: nextOpenDayAfter(day);
		return opening.atTime(this.hours.opens()).atZone(this.hours.zone());
	}

	/**
	 * The working time between two moments: only the desk's hours on its open days count,
	 * so a request sent on Friday evening and called on Monday at 9:00 waited 30 minutes.
	 */
	public Duration businessTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(this.hours.zone()).toLocalDate();
		for (LocalDate day = from.atZone(this.hours.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (!isOpenDay(day)) {
				continue;
			}
			Instant opens = day.atTime(this.hours.opens()).atZone(this.hours.zone()).toInstant();
			Instant closes = day.atTime(this.hours.closes()).atZone(this.hours.zone()).toInstant();
			Instant start = from.isAfter(opens) ? from : opens;
			Instant end = to.isBefore(closes) ? to : closes;
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	private LocalDate nextOpenDayAfter(LocalDate after) {
		LocalDate day = after.plusDays(1);
		for (int i = 0; i < MAX_DAYS_AHEAD && !isOpenDay(day); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

}
