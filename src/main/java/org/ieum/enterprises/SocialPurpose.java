package org.ieum.enterprises;

/** 사회적목적실현유형 of a social enterprise. */
public enum SocialPurpose {
	JOBS, SOCIAL_SERVICES, COMMUNITY, MIXED, CREATIVE
}
