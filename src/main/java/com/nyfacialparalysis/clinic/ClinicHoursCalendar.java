package com.nyfacialparalysis.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Answers questions about the clinic's opening hours: when the front desk promises to
 * call back by, and whether a request has waited longer than that. Public holidays are
 * not known to it.
 */
@Component
public class ClinicHoursCalendar {

	private final ClinicProperties.Hours hours;

	public ClinicHoursCalendar(ClinicProperties clinic) {
		this.hours = clinic.hours();
	}

	/**
	 * The end of the next full business day after the moment a request arrives: the
	 * promise "we will call you within one business day".
	 */
	public ZonedDateTime callBackBy(Instant received) {
		ZonedDateTime local = received.atZone(this.hours.zone());
		LocalDate day = local.toLocalDate();
		boolean arrivedBeforeOpening = this.hours.isOpenOn(day.getDayOfWeek())
				&& local.toLocalTime().isBefore(this.hours.opens());
		LocalDate due = arrivedBeforeOpening ? day : nextOpenDay(day);
		return due.atTime(this.hours.closes()).atZone(this.hours.zone());
	}

	/** Whether the front desk is open at this moment. */
	public boolean isOpenAt(Instant moment) {
		ZonedDateTime local = moment.atZone(this.hours.zone());
		return this.hours.isOpenOn(local.getDayOfWeek()) && !local.toLocalTime().isBefore(this.hours.opens())
				&& local.toLocalTime().isBefore(this.hours.closes());
	}

	private LocalDate nextOpenDay(LocalDate after) {
		LocalDate day = after.plusDays(1);
		for (int i = 0; i < 7 && !this.hours.isOpenOn(day.getDayOfWeek()); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

}
