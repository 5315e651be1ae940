package org.ieum.enterprises;

/**
 * What an organization has been certified, designated or registered as. Counting
 * "social enterprises" counts designations of a type, not organizations.
 */
public enum DesignationType {
	SOCIAL_ENTERPRISE, PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY, VILLAGE_ENTERPRISE, COOPERATIVE, SOCIAL_COOPERATIVE,
	SELF_SUFFICIENCY;

	/** Only ministry-designated pre-social enterprises must name the ministry. */
	public boolean needsMinistry() {
		return this == PRE_SOCIAL_MINISTRY;
	}

	public boolean hasStages() {
		return this == VILLAGE_ENTERPRISE;
	}
}
