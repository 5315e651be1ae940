package org.ieum.programs;

/** A reviewer first declares no conflict of interest (or recuses), then scores once. */
enum ReviewStatus {
	ASSIGNED, DECLARED, RECUSED, SUBMITTED
}
