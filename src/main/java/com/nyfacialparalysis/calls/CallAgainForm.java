package com.nyfacialparalysis.calls;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The day to try calling again; empty when no further call is planned. Whether the day is
 * too early or too far is checked against the clinic's clock by the controller.
 */
public class CallAgainForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

}
