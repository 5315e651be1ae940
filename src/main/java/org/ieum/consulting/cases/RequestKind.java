package org.ieum.consulting.cases;

/** 컨설팅, 멘토링, or 애로사항 (a difficulty staff resolve themselves or route to an expert). */
public enum RequestKind {
	CONSULTING, MENTORING, DIFFICULTY
}
