package org.ieum.governance.giveback;

/** Where a give-back project stands: waiting for staff, sent back for a correction, or counted. */
public enum GiveBackStatus {
	SUBMITTED, RETURNED, ACCEPTED
}
