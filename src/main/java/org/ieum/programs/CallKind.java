package org.ieum.programs;

/** What a call awards: support (money, services), a place in an incubation office, or a collaboration project. */
public enum CallKind {

	/** 지원사업: financial or other support. */
	SUPPORT,

	/** 입주기업 모집: selecting an awardee offers an incubation tenancy. */
	INCUBATION,

	/**
	 * 협업사업 모집: organizations apply with a joint product, brand or sales channel; selecting an awardee makes a
	 * draft collaboration project in the market module.
	 */
	COLLABORATION

}
