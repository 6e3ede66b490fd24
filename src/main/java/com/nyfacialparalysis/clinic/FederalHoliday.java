package com.nyfacialparalysis.clinic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The eleven US federal holidays (5 U.S.C. 6103), each with the day it is observed in a
 * given year: a holiday on a Saturday is observed the Friday before, one on a Sunday the
 * Monday after.
 */
public enum FederalHoliday {

	NEW_YEARS_DAY {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.JANUARY, 1);
		}
	},
	MARTIN_LUTHER_KING_JR_DAY {
		@Override
		LocalDate dateIn(int year) {
			return nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY);
		}
	},
	WASHINGTONS_BIRTHDAY {
		@Override
		LocalDate dateIn(int year) {
			return nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY);
		}
	},
	MEMORIAL_DAY {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
		}
	},
	JUNETEENTH {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.JUNE, 19);
		}
	},
	INDEPENDENCE_DAY {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.JULY, 4);
		}
	},
	LABOR_DAY {
		@Override
		LocalDate dateIn(int year) {
			return nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY);
		}
	},
	COLUMBUS_DAY {
		@Override
		LocalDate dateIn(int year) {
			return nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY);
		}
	},
	VETERANS_DAY {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.NOVEMBER, 11);
		}
	},
	THANKSGIVING_DAY {
		@Override
		LocalDate dateIn(int year) {
			return nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
		}
	},
	CHRISTMAS_DAY {
		@Override
		LocalDate dateIn(int year) {
			return LocalDate.of(year, Month.DECEMBER, 25);
		}
	};

	/** The holiday's own date in that year. */
	abstract LocalDate dateIn(int year);

	/** The weekday on which the holiday is observed in that year. */
	public LocalDate observedIn(int year) {
		LocalDate date = dateIn(year);
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> date.minusDays(1);
			case SUNDAY -> date.plusDays(1);
			default -> date;
		};
	}

	private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

}
