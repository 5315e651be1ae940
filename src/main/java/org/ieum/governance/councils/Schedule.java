package org.ieum.governance.councils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The next meeting days a recurring council should hold (a quarterly council every three
 * months): counted on from its last meeting, or from today when it has none, and never before today.
 */
public final class Schedule {

	private Schedule() {
	}

	public static List<LocalDate> proposals(int recurrenceMonths, LocalDate lastMeeting, LocalDate today, int how) {
		List<LocalDate> days = new ArrayList<>();
		if (recurrenceMonths <= 0) {
			return days;
		}
		LocalDate next = lastMeeting == null ? today : lastMeeting.plusMonths(recurrenceMonths);
		while (next.isBefore(today)) {
			next = next.plusMonths(recurrenceMonths);
		}
		for (int i = 0; i < how; i++) {
			days.add(next.plusMonths((long) recurrenceMonths * i));
		}
		return days;
	}
}
