package org.ieum.programs;

/** What a call awards: support (money, services) or a place in an incubation office. */
public enum CallKind {

	/** 지원사업: financial or other support. */
	SUPPORT,

	/** 입주기업 모집: selecting an awardee offers an incubation tenancy. */
	INCUBATION

}
