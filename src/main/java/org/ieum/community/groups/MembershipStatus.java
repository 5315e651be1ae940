package org.ieum.community.groups;

/** A member asked to join and waits for the leader, or belongs to the group. */
public enum MembershipStatus {
	REQUESTED, MEMBER
}
