package org.ieum.governance.assessments;

/** The grade of a score out of 100: 탁월 from 90, 우수 from 75, 보통 from 60, 미흡 below. */
public enum Grade {
	EXCELLENT, GOOD, FAIR, POOR;

	public static Grade of(int score) {
		if (score >= 90) {
			return EXCELLENT;
		}
		if (score >= 75) {
			return GOOD;
		}
		return score >= 60 ? FAIR : POOR;
	}
}
