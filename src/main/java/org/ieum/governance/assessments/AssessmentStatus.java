package org.ieum.governance.assessments;

/** Where a submitted self-assessment stands: waiting for staff, returned for a correction, or accepted. */
public enum AssessmentStatus {
	SUBMITTED, RETURNED, ACCEPTED
}
