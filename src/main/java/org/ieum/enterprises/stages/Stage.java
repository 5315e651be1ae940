package org.ieum.enterprises.stages;

import java.util.Arrays;
import java.util.List;

/**
 * Where an organization stands on its way with the center: the path from discovery to leading enterprise in order,
 * and the exits (휴업, 폐업, 지정 취소) that can be reached from anywhere on it.
 */
public enum Stage {

	DISCOVERED(1), PREPARING_FOUNDING(2), FOUNDED(3), PREPARING_DESIGNATION(4), DESIGNATED(5),
	PREPARING_CERTIFICATION(6), CERTIFIED(7), GROWING(8), LEADING(9),
	DORMANT(0), CLOSED(0), DESIGNATION_REVOKED(0);

	private final int step;

	Stage(int step) {
		this.step = step;
	}

	/** The stages of the path, in order. */
	public static List<Stage> path() {
		return Arrays.stream(values()).filter(s -> !s.exit()).toList();
	}

	public static List<Stage> exits() {
		return Arrays.stream(values()).filter(Stage::exit).toList();
	}

	public boolean exit() {
		return step == 0;
	}

	/** Before founding an organization is a founding team (예비창업팀), usually without a business number. */
	public boolean beforeFounding() {
		return this == DISCOVERED || this == PREPARING_FOUNDING;
	}

	/** 설립 or a later stage of the path: a founding team at such a stage has been founded. */
	public boolean foundedOrLater() {
		return !exit() && step >= FOUNDED.step;
	}

	/** 지정 or a later stage of the path. */
	public boolean designatedOrLater() {
		return !exit() && step >= DESIGNATED.step;
	}

	/** 인증 or a later stage of the path (성장 and 선도기업 come after certification). */
	public boolean certifiedOrLater() {
		return !exit() && step >= CERTIFIED.step;
	}

	/**
	 * Whether going from this stage to the next one goes back: an earlier stage of the path, or back onto the path
	 * from an exit (reopening after 휴업, for instance). Such a move needs a reason.
	 */
	public boolean isBackwardsTo(Stage next) {
		if (next.exit()) {
			return false;
		}
		return exit() || next.step < step;
	}
}
