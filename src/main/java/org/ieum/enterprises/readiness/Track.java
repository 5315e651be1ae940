package org.ieum.enterprises.readiness;

import java.util.Arrays;
import java.util.List;

import org.ieum.enterprises.DesignationType;

/** A designation a center helps an organization prepare for, each with its own legal requirements. */
public enum Track {

	SOCIAL_ENTERPRISE(DesignationType.SOCIAL_ENTERPRISE), VILLAGE_ENTERPRISE(DesignationType.VILLAGE_ENTERPRISE),
	COOPERATIVE(DesignationType.COOPERATIVE);

	private final DesignationType designation;

	Track(DesignationType designation) {
		this.designation = designation;
	}

	public List<Requirement> requirements() {
		return Arrays.stream(Requirement.values()).filter(r -> r.track() == this).toList();
	}

	/** The designation the checklist prepares for, whose public guide it links to. */
	public DesignationType designation() {
		return designation;
	}
}
