package org.ieum.programs.call;

/** The selection staff make before publishing results. */
public enum Decision {
	NONE, AWARDED, RESERVE, NOT_SELECTED
}
