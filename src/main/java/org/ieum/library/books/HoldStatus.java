package org.ieum.library.books;

/** A hold waits in the queue, then its copy is ready on the hold shelf, then it is collected, or it expires or is cancelled. */
public enum HoldStatus {
	WAITING, READY, COLLECTED, EXPIRED, CANCELLED;

	public boolean open() {
		return this == WAITING || this == READY;
	}
}
