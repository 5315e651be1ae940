package org.ieum.market.fairs;

/** Where an organization's application for a booth stands. */
enum BoothStatus {
	/** Waiting for staff. */
	APPLIED,
	/** Selected: a booth number is assigned. */
	SELECTED,
	/** Not selected. */
	DECLINED
}
