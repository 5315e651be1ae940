package org.ieum.enterprises.readiness;

import java.time.LocalDate;

import org.ieum.shared.web.Refusal;

/** What a checklist entry may hold; checked before anything is written. */
final class ReadinessRules {

	static final long NUMBER_MAX = 1_000_000_000L;
	static final int NOTE_MAX = 1000;

	private ReadinessRules() {
	}

	/**
	 * Refuses a missing state, a negative or huge number, a future date, a long note, and 충족 without the evidence
	 * the requirement needs (a file, a number at least its minimum, a date).
	 */
	static void check(Requirement requirement, ItemState state, Long number, LocalDate date, String note,
			boolean hasFile, LocalDate today) {
		if (state == null) {
			throw new Refusal("readiness.error.stateRequired");
		}
		if (number != null && (number < 0 || number > NUMBER_MAX)) {
			throw new Refusal("readiness.error.number");
		}
		if (date != null && date.isAfter(today)) {
			throw new Refusal("readiness.error.future");
		}
		if (note != null && note.length() > NOTE_MAX) {
			throw new Refusal("readiness.error.noteTooLong", NOTE_MAX);
		}
		if (state != ItemState.MET) {
			return;
		}
		switch (requirement.evidence()) {
			case FILE -> {
				if (!hasFile) {
					throw new Refusal("readiness.error.needsFile");
				}
			}
			case NUMBER -> {
				if (number == null) {
					throw new Refusal("readiness.error.needsNumber");
				}
				if (requirement.minimum() != null && number < requirement.minimum()) {
					throw new Refusal("readiness.error.belowMinimum", requirement.minimum());
				}
			}
			case DATE -> {
				if (date == null) {
					throw new Refusal("readiness.error.needsDate");
				}
			}
			case NONE -> {
			}
		}
	}

	/** Met items in whole percent of all items, rounded down (0 for an empty checklist). */
	static int percent(long met, long all) {
		return all == 0 ? 0 : (int) (met * 100 / all);
	}
}
