package org.ieum.enterprises;

import java.util.Set;

/**
 * The combined figures centers publish beside each type: an organization holding several
 * types of a group counts once in the group.
 */
public enum DesignationGroup {
	/** 예비사회적기업: regional and ministry pre-social enterprises. */
	PRE_SOCIAL(Set.of(DesignationType.PRE_SOCIAL_REGIONAL, DesignationType.PRE_SOCIAL_MINISTRY)),
	/** (예비)사회적기업: certified and pre-social enterprises. */
	SOCIAL_ENTERPRISES(Set.of(DesignationType.SOCIAL_ENTERPRISE, DesignationType.PRE_SOCIAL_REGIONAL,
			DesignationType.PRE_SOCIAL_MINISTRY)),
	/** (사회적)협동조합: cooperatives and social cooperatives. */
	COOPERATIVES(Set.of(DesignationType.COOPERATIVE, DesignationType.SOCIAL_COOPERATIVE));

	private final Set<DesignationType> types;

	DesignationGroup(Set<DesignationType> types) {
		this.types = types;
	}

	public Set<DesignationType> types() {
		return types;
	}
}
