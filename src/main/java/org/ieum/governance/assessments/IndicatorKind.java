package org.ieum.governance.assessments;

/** How an indicator is answered: a number in a range, yes or no, one of listed choices, or free text (not scored). */
public enum IndicatorKind {
	NUMBER, YES_NO, CHOICE, TEXT
}
