package org.ieum.education.administration;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ieum.education.course.CourseSession;
import org.ieum.shared.Seoul;
import org.springframework.format.annotation.DateTimeFormat;

/** A session's day, times and place (a school, an outside venue or a room, as free text for now). */
class SessionForm {

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime starts;

	@NotNull(message = "{education.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime ends;

	@Size(max = 300, message = "{education.error.tooLong}")
	private String place;

	/** One of the center's rooms, booked for the session's time; empty for any other place. */
	private Long roomId;

	static SessionForm of(CourseSession session) {
		SessionForm form = new SessionForm();
		form.date = Seoul.at(session.getStartsAt()).toLocalDate();
		form.starts = Seoul.at(session.getStartsAt()).toLocalTime();
		form.ends = Seoul.at(session.getEndsAt()).toLocalTime();
		form.place = session.getPlace();
		form.roomId = session.getSpaceId();
		return form;
	}

	public Long getRoomId() { return roomId; }
	public void setRoomId(Long roomId) { this.roomId = roomId; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getStarts() { return starts; }
	public void setStarts(LocalTime starts) { this.starts = starts; }
	public LocalTime getEnds() { return ends; }
	public void setEnds(LocalTime ends) { this.ends = ends; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
}
