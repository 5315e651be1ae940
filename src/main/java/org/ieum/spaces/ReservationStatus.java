package org.ieum.spaces;

/** A reservation's life: PENDING and CONFIRMED hold the time; every other state has released it. */
public enum ReservationStatus {
	PENDING, CONFIRMED, REJECTED, CANCELLED, EXPIRED, NO_SHOW;

	public boolean holdsTime() {
		return this == PENDING || this == CONFIRMED;
	}
}
