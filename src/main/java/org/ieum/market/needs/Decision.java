package org.ieum.market.needs;

/** The buyer's decision on a response (선정/미선정), recorded by staff. */
enum Decision {
	SELECTED, NOT_SELECTED
}
