package org.ieum.enterprises;

public enum OrganizationStatus {
	ACTIVE, SUSPENDED, CLOSED
}
