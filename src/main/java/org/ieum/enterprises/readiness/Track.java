package org.ieum.enterprises.readiness;

import java.util.Arrays;
import java.util.List;

/** A designation a center helps an organization prepare for, each with its own legal requirements. */
public enum Track {

	SOCIAL_ENTERPRISE, VILLAGE_ENTERPRISE, COOPERATIVE;

	public List<Requirement> requirements() {
		return Arrays.stream(Requirement.values()).filter(r -> r.track() == this).toList();
	}
}
