package org.ieum.education.administration;

import java.util.List;

import org.ieum.education.EnrollmentStatus;

/** One line of a course's staff roster: the person, their group and status, attendance, certificate and answers. */
record RosterRow(long id, String name, String email, String group, EnrollmentStatus status, long attended,
		boolean completed, String certificateNumber, List<String> answers) {
}
