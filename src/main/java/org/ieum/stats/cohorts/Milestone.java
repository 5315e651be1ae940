package org.ieum.stats.cohorts;

/** What a cohort's organizations reach on their way: 설립, 지정 (any designation) and 인증. */
public enum Milestone {
	FOUNDED, DESIGNATED, CERTIFIED
}
