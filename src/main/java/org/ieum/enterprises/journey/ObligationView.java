package org.ieum.enterprises.journey;

import java.time.LocalDate;
import java.util.List;

import org.ieum.enterprises.DesignationType;

/**
 * An obligation as pages and the API show it.
 *
 * @param daysLeft days from today (Seoul) to the due date; negative once overdue
 * @param remindersSent the lead times (30, 7) whose reminder went out
 */
public record ObligationView(String key, long organizationId, String organizationName, DesignationType designationType,
		String designationNumber, ObligationKind kind, String title, LocalDate dueOn, long daysLeft, State state,
		Long closureId, LocalDate closedOn, String note, String evidenceName, List<Integer> remindersSent) {

	public enum State {
		OPEN, OVERDUE, DONE
	}

	public boolean done() {
		return state == State.DONE;
	}

	public boolean overdue() {
		return state == State.OVERDUE;
	}
}
