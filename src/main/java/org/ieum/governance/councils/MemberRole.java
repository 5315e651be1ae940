package org.ieum.governance.councils;

/** A member's role on a council: 위원장 approves minutes, 간사 drafts them. */
public enum MemberRole {
	CHAIR, VICE_CHAIR, MEMBER, SECRETARY
}
