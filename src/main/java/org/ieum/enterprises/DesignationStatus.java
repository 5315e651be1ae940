package org.ieum.enterprises;

public enum DesignationStatus {
	ACTIVE, EXPIRED, CANCELLED
}
