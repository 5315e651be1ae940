package org.ieum.enterprises.readiness;

/**
 * One legal requirement of a designation, with the evidence that shows it is met and, for a number, the least value
 * that meets it. 사회적기업: the seven of 사회적기업 육성법 제8조; 마을기업: the community, public, local and business
 * requirements of the interior ministry's guidelines; 협동조합: founding under 협동조합 기본법 (제15조 and on).
 */
public enum Requirement {

	SE_ORGANIZATION_FORM(Track.SOCIAL_ENTERPRISE, Evidence.FILE, null),
	SE_PAID_WORKERS(Track.SOCIAL_ENTERPRISE, Evidence.NUMBER, 1L),
	SE_SOCIAL_PURPOSE(Track.SOCIAL_ENTERPRISE, Evidence.FILE, null),
	SE_DECISION_MAKING(Track.SOCIAL_ENTERPRISE, Evidence.FILE, null),
	SE_REVENUE_RATIO(Track.SOCIAL_ENTERPRISE, Evidence.NUMBER, 50L),
	SE_ARTICLES(Track.SOCIAL_ENTERPRISE, Evidence.FILE, null),
	/** Only commercial companies must reinvest two thirds of their profit; for the others staff confirm it by a note. */
	SE_PROFIT_REINVESTMENT(Track.SOCIAL_ENTERPRISE, Evidence.NONE, null),

	VE_MEMBERS(Track.VILLAGE_ENTERPRISE, Evidence.NUMBER, 5L),
	VE_LOCAL_SHARE(Track.VILLAGE_ENTERPRISE, Evidence.NUMBER, null),
	VE_PUBLIC_BENEFIT(Track.VILLAGE_ENTERPRISE, Evidence.FILE, null),
	VE_LOCAL_RESOURCES(Track.VILLAGE_ENTERPRISE, Evidence.FILE, null),
	VE_BUSINESS_PLAN(Track.VILLAGE_ENTERPRISE, Evidence.FILE, null),

	CO_FOUNDERS(Track.COOPERATIVE, Evidence.NUMBER, 5L),
	CO_ARTICLES(Track.COOPERATIVE, Evidence.FILE, null),
	CO_FOUNDING_MEETING(Track.COOPERATIVE, Evidence.DATE, null),
	CO_CAPITAL_PAID(Track.COOPERATIVE, Evidence.DATE, null),
	CO_REGISTERED(Track.COOPERATIVE, Evidence.DATE, null);

	/** What shows a requirement met: a file, a number, a date, or nothing beyond staff's word. */
	public enum Evidence {
		FILE, NUMBER, DATE, NONE
	}

	private final Track track;
	private final Evidence evidence;
	private final Long minimum;

	Requirement(Track track, Evidence evidence, Long minimum) {
		this.track = track;
		this.evidence = evidence;
		this.minimum = minimum;
	}

	public Track track() {
		return track;
	}

	public Evidence evidence() {
		return evidence;
	}

	/** The least number that meets the requirement, or null when any number does. */
	public Long minimum() {
		return minimum;
	}
}
