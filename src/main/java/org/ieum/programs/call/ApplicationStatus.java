package org.ieum.programs.call;

public enum ApplicationStatus {
	DRAFT, SUBMITTED, WITHDRAWN
}
