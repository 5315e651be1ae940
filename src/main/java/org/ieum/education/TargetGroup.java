package org.ieum.education;

/** Who a course is for; the age limits on a course enforce the school groups. */
public enum TargetGroup {
	/** 누구나 */
	ANYONE,
	/** 예비창업자 */
	PRE_FOUNDER,
	/** 사회적경제기업 임직원 */
	ENTERPRISE_STAFF,
	/** 중학생 */
	MIDDLE_SCHOOL,
	/** 고등학생 */
	HIGH_SCHOOL,
	/** 대학생·청년 */
	YOUNG_ADULT,
	/** 지원기관·공무원 */
	PUBLIC_OFFICIAL
}
