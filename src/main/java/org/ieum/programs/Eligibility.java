package org.ieum.programs;

/** Staff's eligibility screening of a submitted application. */
enum Eligibility {
	UNSCREENED, ELIGIBLE, INELIGIBLE
}
