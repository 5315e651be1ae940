package org.ieum.community.groups;

/** Where a proposed group stands: waiting for staff, meeting, or turned down. */
public enum GroupStatus {
	PROPOSED, ACTIVE, REJECTED
}
