package org.ieum.education.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CentersApi;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.attendance.Attendance;
import org.ieum.education.catalog.EducationViews.MyEnrollmentRow;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.education.enrollment.Waitlist;
import org.ieum.education.surveys.Surveys;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own courses: each place with its progress, certificate, survey and waitlist position, for My page, the
 * course page ("신청 완료", "대기 3번", "수료") and the JSON API.
 */
@Service
@Transactional(readOnly = true)
class MyCourses {

	private final EnrollmentRepository enrollments;
	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final Attendance attendance;
	private final Surveys surveys;
	private final Waitlist waitlist;
	private final CentersApi centers;
	private final Clock clock;

	MyCourses(EnrollmentRepository enrollments, CourseRepository courses, CourseSessionRepository sessions,
			Attendance attendance, Surveys surveys, Waitlist waitlist, CentersApi centers, Clock clock) {
		this.enrollments = enrollments;
		this.courses = courses;
		this.sessions = sessions;
		this.attendance = attendance;
		this.surveys = surveys;
		this.waitlist = waitlist;
		this.centers = centers;
		this.clock = clock;
	}

	List<MyEnrollmentRow> mine(long accountId) {
		LocalDate today = Seoul.today(clock);
		List<MyEnrollmentRow> rows = new ArrayList<>();
		for (Enrollment e : enrollments.findByAccountIdOrderByIdDesc(accountId)) {
			Course course = courses.findById(e.getCourseId()).orElseThrow();
			List<CourseSession> list = sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId());
			String slug = centers.findById(course.getCenterId()).map(c -> c.slug()).orElse("");
			boolean today_ = list.stream().anyMatch(s -> Seoul.at(s.getStartsAt()).toLocalDate().equals(today));
			int position = e.getStatus() == EnrollmentStatus.WAITLISTED ? waitlist.positionOf(e) : 0;
			rows.add(new MyEnrollmentRow(e.getId(), course.getId(), slug, course.getTitle(), e.getStatus(),
					list.isEmpty() ? null : Seoul.at(list.get(0).getStartsAt()).toLocalDate(),
					e.getStatus().active() && course.cancellableOn(today), attendance.progressOf(e, course),
					e.getCertificateNumber(), surveys.open(e), surveys.answered(e.getId()),
					today_ && e.getStatus() == EnrollmentStatus.CONFIRMED, position));
		}
		return rows;
	}

	/**
	 * Where the person stands in one course, for its page: their live enrollment (or a
	 * completed one), so the page shows "신청 완료", "대기 3번" or "수료" instead of the button.
	 */
	Optional<MyEnrollmentRow> placeIn(long courseId, long accountId) {
		return mine(accountId).stream()
			.filter(r -> r.courseId() == courseId)
			.filter(r -> r.status().active() || r.certificateNumber() != null || r.progress().completed())
			.findFirst();
	}
}
