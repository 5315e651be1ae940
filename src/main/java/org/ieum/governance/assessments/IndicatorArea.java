package org.ieum.governance.assessments;

/** The three groups of the self-assessment: 사회적 성과, 경제적 성과, 혁신 성과. */
public enum IndicatorArea {
	SOCIAL, ECONOMIC, INNOVATION
}
