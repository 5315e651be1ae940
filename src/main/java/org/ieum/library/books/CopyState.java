package org.ieum.library.books;

/** Where a copy is: on the shelf, lent, waiting on the hold shelf for one person, lost or taken out of the collection. */
public enum CopyState {
	AVAILABLE, ON_LOAN, ON_HOLD_SHELF, LOST, WITHDRAWN
}
