package org.ieum.programs.call;

/** Staff's eligibility screening of a submitted application. */
public enum Eligibility {
	UNSCREENED, ELIGIBLE, INELIGIBLE
}
