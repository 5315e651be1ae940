package org.ieum.consulting;

enum SessionStatus {
	PLANNED, DONE, CANCELLED
}
