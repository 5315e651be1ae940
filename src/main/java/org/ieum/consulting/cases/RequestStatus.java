package org.ieum.consulting.cases;

/**
 * SUBMITTED waits for staff; ASSIGNED waits for the expert's answer; IN_PROGRESS once the
 * expert accepted; COMPLETED when the work is done (then the client rates it); RESOLVED for a
 * difficulty staff settled without an expert; WITHDRAWN by the client before any session.
 */
public enum RequestStatus {
	SUBMITTED, ASSIGNED, IN_PROGRESS, COMPLETED, RESOLVED, WITHDRAWN;

	public boolean open() {
		return this == ASSIGNED || this == IN_PROGRESS;
	}
}
