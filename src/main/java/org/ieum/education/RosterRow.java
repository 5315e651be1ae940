package org.ieum.education;

import java.util.List;

/** One line of a course's staff roster: the person, their group and status, attendance, certificate and answers. */
record RosterRow(long id, String name, String email, String group, EnrollmentStatus status, long attended,
		boolean completed, String certificateNumber, List<String> answers) {
}
