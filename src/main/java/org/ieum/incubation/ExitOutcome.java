package org.ieum.incubation;

/** How a tenancy ended. CERTIFIED and MOVED_OUT count as graduation, CLOSED does not. */
public enum ExitOutcome {
	/** 인증: certified (e.g. 사회적기업, 예비사회적기업) during or at the end of the tenancy. */
	CERTIFIED,
	/** 이전: moved to premises of its own. */
	MOVED_OUT,
	/** 폐업: the business closed. */
	CLOSED;

	boolean graduated() {
		return this != CLOSED;
	}
}
