package org.ieum.programs;

/** The selection staff make before publishing results. */
enum Decision {
	NONE, AWARDED, RESERVE, NOT_SELECTED
}
