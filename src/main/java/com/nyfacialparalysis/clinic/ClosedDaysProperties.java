package com.nyfacialparalysis.clinic;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The days the clinic is closed besides its weekly days off: the call-back promise and
 * the overdue mark count only days the front desk is there.
 *
 * @param holidays the federal holidays the clinic closes on
 * ({@code CLINIC_CLOSED_HOLIDAYS}), each on the day it is observed; all eleven by
 * default, since promising a call on a day the desk turns out to be closed would break
 * the promise
 * @param days further closed dates, such as December 24 or the day after Thanksgiving
 * ({@code CLINIC_CLOSED_DAYS=2026-11-27,2026-12-24}, written yyyy-mm-dd)
 */
@ConfigurationProperties("clinic.closed")
public record ClosedDaysProperties(@DefaultValue( {
		"NEW_YEARS_DAY", "MARTIN_LUTHER_KING_JR_DAY", "WASHINGTONS_BIRTHDAY", "MEMORIAL_DAY", "JUNETEENTH",
		"INDEPENDENCE_DAY", "LABOR_DAY", "COLUMBUS_DAY", "VETERANS_DAY", "THANKSGIVING_DAY",
		"CHRISTMAS_DAY" }) List<FederalHoliday> holidays, @DefaultValue List<LocalDate> days){
}
