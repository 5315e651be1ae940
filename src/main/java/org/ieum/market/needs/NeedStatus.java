package org.ieum.market.needs;

/** Open until staff close it with the buyer's decisions; responses stop at the deadline already. */
enum NeedStatus {
	OPEN, CLOSED
}
