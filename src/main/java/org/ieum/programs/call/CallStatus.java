package org.ieum.programs.call;

/** The public status of a call, derived from its dates and what staff have done (접수예정 … 결과발표). */
public enum CallStatus {
	UPCOMING, OPEN, CLOSED, REVIEW, RESULTS
}
