package org.ieum.governance.partners;

/** What kind of body a partner is. */
public enum PartnerKind {
	SCHOOL, UNIVERSITY, LOCAL_GOVERNMENT, COMPANY, CENTER, SOCIAL_ECONOMY, OTHER
}
