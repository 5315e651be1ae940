package org.ieum.education;

/** The kinds of courses and events centers publish. */
public enum CourseKind {
	/** 아카데미 */
	ACADEMY,
	/** 청소년 교육 */
	YOUTH,
	/** 진로체험 */
	CAREER,
	/** 전문가 과정 */
	EXPERT,
	/** 설명회 */
	BRIEFING,
	/** 포럼·세미나 */
	FORUM,
	/** 축제·한마당 */
	FESTIVAL
}
