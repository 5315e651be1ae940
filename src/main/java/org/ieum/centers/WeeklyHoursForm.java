package org.ieum.centers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** Seven rows, Monday first: open or closed, and the times when open. */
class WeeklyHoursForm {

	private List<Day> days = new ArrayList<>();

	static WeeklyHoursForm of(List<WeekdayHours> week) {
		WeeklyHoursForm form = new WeeklyHoursForm();
		for (WeekdayHours hours : week) {
			Day day = new Day();
			day.open = hours.open();
			day.opens = hours.opens();
			day.closes = hours.closes();
			form.days.add(day);
		}
		return form;
	}

	/** Opening days need both times, and closing after opening. */
	void check(BindingResult errors) {
		if (days.size() != 7) {
			errors.reject("centers.error.week");
			return;
		}
		for (int i = 0; i < 7; i++) {
			Day day = days.get(i);
			if (!day.open) {
				continue;
			}
			if (day.opens == null || day.closes == null) {
				errors.rejectValue("days[" + i + "].opens", "centers.error.timesRequired");
			}
			else if (!day.opens.isBefore(day.closes)) {
				errors.rejectValue("days[" + i + "].closes", "centers.error.closesBeforeOpens");
			}
		}
	}

	Map<DayOfWeek, LocalTime[]> openDays() {
		Map<DayOfWeek, LocalTime[]> open = new EnumMap<>(DayOfWeek.class);
		for (int i = 0; i < 7; i++) {
			Day day = days.get(i);
			if (day.open) {
				open.put(DayOfWeek.of(i + 1), new LocalTime[] { day.opens, day.closes });
			}
		}
		return open;
	}

	public List<Day> getDays() {
		return days;
	}

	public void setDays(List<Day> days) {
		this.days = days;
	}

	public static class Day {

		private boolean open;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime opens;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime closes;

		public boolean isOpen() {
			return open;
		}

		public void setOpen(boolean open) {
			this.open = open;
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
	}
}
