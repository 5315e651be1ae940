package org.ieum.community.groups;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A meeting the leader books: what, which room, the first date and the time, and for how many weeks running. */
public class MeetingForm {

	@NotBlank(message = "{community.error.meetingTitle}")
	@Size(max = 100, message = "{community.error.meetingTitle}")
	private String title = "";

	@NotNull(message = "{community.error.noRoom}")
	private Long roomId;

	@NotNull(message = "{community.error.meetingDate}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{community.error.meetingTime}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@NotNull(message = "{community.error.meetingTime}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@Min(value = 1, message = "{community.error.weeks}")
	@Max(value = Groups.MAX_WEEKS, message = "{community.error.weeks}")
	private int weeks = 1;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getRoomId() {
		return roomId;
	}

	public void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public int getWeeks() {
		return weeks;
	}

	public void setWeeks(int weeks) {
		this.weeks = weeks;
	}
}
