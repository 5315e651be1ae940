package org.ieum.programs;

enum ApplicationStatus {
	DRAFT, SUBMITTED, WITHDRAWN
}
