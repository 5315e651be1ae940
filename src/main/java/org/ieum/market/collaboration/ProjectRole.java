package org.ieum.market.collaboration;

/** An organization's place in a project: the one lead, or a partner. */
public enum ProjectRole {

	LEAD, PARTNER

}
