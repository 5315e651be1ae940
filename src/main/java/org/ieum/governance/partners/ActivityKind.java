package org.ieum.governance.partners;

/** A follow-up activity under an agreement: 공동 교육, 연계·의뢰, 공동 사업, 기타. */
public enum ActivityKind {
	JOINT_COURSE, REFERRAL, SHARED_PROGRAM, OTHER
}
