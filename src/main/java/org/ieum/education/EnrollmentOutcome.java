package org.ieum.education;

/** What an enrollment attempt led to. {@link #FULL} changed nothing: the person may join the waitlist. */
public enum EnrollmentOutcome {
	CONFIRMED,
	PENDING_APPROVAL,
	WAITLISTED,
	FULL
}
