package org.ieum.enterprises.journey;

/** What an obligation asks of an organization. */
public enum ObligationKind {
	/** 사업보고서 (with 자율경영공시), due at the end of April and of October (사회적기업 육성법 제17조). */
	BUSINESS_REPORT,
	/** The last day of a time-limited designation: apply for the next step or renew before it. */
	DESIGNATION_EXPIRY,
	/** A duty kept as data in {@link ObligationRule} (village enterprises). */
	DUTY
}
