package org.ieum.identity;

/** What an account may do. CENTER_STAFF is always granted for one center at a time. */
public enum Role {
	SYSTEM_ADMIN, CENTER_STAFF, ENTERPRISE_MEMBER, EXPERT, CITIZEN;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean centerScoped() {
		return this == CENTER_STAFF;
	}
}
