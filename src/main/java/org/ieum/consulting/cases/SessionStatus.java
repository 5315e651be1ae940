package org.ieum.consulting.cases;

public enum SessionStatus {
	PLANNED, DONE, CANCELLED
}
