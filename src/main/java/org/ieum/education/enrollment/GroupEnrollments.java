package org.ieum.education.enrollment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff enroll a whole school class (or any group) at once: pupils without accounts, a teacher to contact. */
@Service
@Transactional
public class GroupEnrollments {

	private final CourseRepository courses;
	private final EnrollmentRepository enrollments;
	private final ClassGroupRepository groups;
	private final Clock clock;

	GroupEnrollments(CourseRepository courses, EnrollmentRepository enrollments, ClassGroupRepository groups,
			Clock clock) {
		this.courses = courses;
		this.enrollments = enrollments;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * Every listed pupil takes a seat, or nobody does when the seats are not enough.
	 *
	 * @return the number of participants enrolled
	 */
	public int enroll(long courseId, String groupName, String contactName, String contactEmail, List<String> participantNames,
			long staffAccountId) {
		Course course = courses.lock(courseId);
		Authorities.requireCenterStaff(course.getCenterId());
		List<String> names = participantNames.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
		if (names.isEmpty()) {
			throw new Refusal("education.error.groupEmpty");
		}
		if (!course.hasSeats(names.size())) {
			throw new Refusal("education.error.groupFull");
		}
		course.takeSeats(names.size());
		ClassGroup group = groups.save(
				new ClassGroup(courseId, groupName, contactName, contactEmail, staffAccountId, clock.instant()));
		List<Enrollment> added = new ArrayList<>();
		for (String name : names) {
			added.add(Enrollment.ofGroupMember(courseId, group.getId(), name, clock.instant()));
		}
		enrollments.saveAll(added);
		return added.size();
	}
}
