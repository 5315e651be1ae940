package org.ieum.education.course;

/** Who may download a course material. Staff of the course's center may always. */
public enum MaterialAudience {

	/** 누구나: a workbook, a leaflet. */
	PUBLIC,

	/** 확정된 참가자: slides or handouts for the people in the course. */
	PARTICIPANTS,

	/** 직원만: an instructor guide that staff hand to instructors. */
	STAFF

}
