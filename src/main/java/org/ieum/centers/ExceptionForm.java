package org.ieum.centers;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A closure, or different hours, for one day or a range of days. */
class ExceptionForm {

	@NotNull(message = "{centers.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private boolean closed = true;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opens;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closes;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 300, message = "{centers.error.tooLong}")
	private String note;

	void check(BindingResult errors) {
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "centers.error.endsBeforeStarts");
		}
		if (!closed) {
			if (opens == null || closes == null) {
				errors.rejectValue("opens", "centers.error.timesRequired");
			}
			else if (!opens.isBefore(closes)) {
				errors.rejectValue("closes", "centers.error.closesBeforeOpens");
			}
		}
	}

	/** A single day needs no end date. */
	LocalDate lastDay() {
		return endsOn == null ? startsOn : endsOn;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public boolean isClosed() {
		return closed;
	}

	public void setClosed(boolean closed) {
		this.closed = closed;
	}

	public LocalTime getOpens() {
		return opens;
	}

	public void setOpens(LocalTime opens) {
		this.opens = opens;
	}

	public LocalTime getCloses() {
		return closes;
	}

	public void setCloses(LocalTime closes) {
		this.closes = closes;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
