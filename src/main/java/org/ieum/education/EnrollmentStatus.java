package org.ieum.education;

public enum EnrollmentStatus {
	/** Holds a seat while staff decide. */
	PENDING,
	/** Holds a seat. */
	CONFIRMED,
	/** Waits for a seat; promoted in order when one frees. */
	WAITLISTED,
	CANCELLED,
	REJECTED;

	public boolean holdsSeat() {
		return this == PENDING || this == CONFIRMED;
	}

	public boolean active() {
		return holdsSeat() || this == WAITLISTED;
	}
}
