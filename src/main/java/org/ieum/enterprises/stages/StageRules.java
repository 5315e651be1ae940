package org.ieum.enterprises.stages;

import java.time.LocalDate;

import org.ieum.shared.web.Refusal;

/** The rules for a stage move, apart from who may make it: checked before anything is written. */
final class StageRules {

	static final int REASON_MAX = 500;

	private StageRules() {
	}

	/**
	 * Refuses a move to the stage it is at already, a date in the future or before the current stage began, a reason
	 * that is too long, and a move backwards (or back from an exit) without a reason. {@code current} and
	 * {@code since} are null for an organization not placed yet. Answers the reason, stripped, or null.
	 */
	static String check(Stage current, LocalDate since, Stage next, LocalDate on, String reason, LocalDate today) {
		if (next == null) {
			throw new Refusal("stages.error.stageRequired");
		}
		if (on == null) {
			throw new Refusal("stages.error.dateRequired");
		}
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > REASON_MAX) {
			throw new Refusal("stages.error.reasonTooLong", REASON_MAX);
		}
		if (on.isAfter(today)) {
			throw new Refusal("stages.error.future");
		}
		if (current == null) {
			return text;
		}
		if (current == next) {
			throw new Refusal("stages.error.same");
		}
		if (on.isBefore(since)) {
			throw new Refusal("stages.error.beforeCurrent", since.toString());
		}
		if (current.isBackwardsTo(next) && text == null) {
			throw new Refusal("stages.error.reasonNeeded");
		}
		return text;
	}
}
