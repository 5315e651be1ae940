package org.ieum.education.administration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.education.EnrollmentStatus;
import org.ieum.education.attendance.Attendance;
import org.ieum.education.catalog.CourseCatalog;
import org.ieum.education.catalog.EducationViews.CourseView;
import org.ieum.education.catalog.EducationViews.SessionView;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.education.enrollment.Answer;
import org.ieum.education.enrollment.AnswerRepository;
import org.ieum.education.enrollment.ClassGroup;
import org.ieum.education.enrollment.ClassGroupRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.education.enrollment.Question;
import org.ieum.education.enrollment.QuestionRepository;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff roster of a course: who enrolled, in which group, their answers to the course's questions and how many
 * sessions they attended.
 */
@Service
@Transactional(readOnly = true)
class CourseRoster {

	record Roster(CourseView course, List<RosterRow> rows, List<String> questions, List<SessionView> sessions) {
	}

	private final CourseAdministration administration;
	private final CourseCatalog catalog;
	private final Attendance attendance;
	private final EnrollmentRepository enrollments;
	private final QuestionRepository questions;
	private final AnswerRepository answers;
	private final ClassGroupRepository groups;
	private final IdentityApi identity;

	CourseRoster(CourseAdministration administration, CourseCatalog catalog, Attendance attendance,
			EnrollmentRepository enrollments, QuestionRepository questions, AnswerRepository answers,
			ClassGroupRepository groups, IdentityApi identity) {
		this.administration = administration;
		this.catalog = catalog;
		this.attendance = attendance;
		this.enrollments = enrollments;
		this.questions = questions;
		this.answers = answers;
		this.groups = groups;
		this.identity = identity;
	}

	/**
	 * The roster shows participants' names and e-mail addresses, so reading it writes a personal-data access-log
	 * entry in the same transaction: the entry exists exactly when the read did. The log is a write, hence this one
	 * method is not read-only (PostgreSQL refuses an insert in a read-only transaction).
	 */
	@Transactional
	Roster of(long courseId) {
		Course course = administration.courseToManage(courseId);
		List<Enrollment> all = enrollments.findByCourseIdOrderByIdAsc(courseId);
		Map<Long, Long> attended = attendance.attendedCounts(all.stream().map(Enrollment::getId).toList());
		List<Question> asked = questions.findByCourseIdOrderBySortOrderAscIdAsc(courseId);
		Map<Long, Map<Long, String>> answered = answers.findByKeyEnrollmentIdIn(all.stream().map(Enrollment::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Answer::enrollmentId, Collectors.toMap(Answer::questionId, Answer::getAnswer)));
		Map<Long, String> groupNames = groups.findByCourseIdOrderByIdAsc(courseId).stream()
			.collect(Collectors.toMap(ClassGroup::getId, ClassGroup::getName));
		List<CourseSession> courseSessions = attendance.sessionsOf(courseId);
		int sessions = courseSessions.size();
		boolean held = attendance.lastHasBegun(courseSessions);
		List<RosterRow> rows = all.stream().map(e -> {
			long count = attended.getOrDefault(e.getId(), 0L);
			Map<Long, String> mine = answered.getOrDefault(e.getId(), Map.of());
			return new RosterRow(e.getId(), e.getParticipantName(), e.getParticipantEmail(),
					e.getGroupId() == null ? null : groupNames.get(e.getGroupId()), e.getStatus(), count,
					e.getStatus() == EnrollmentStatus.CONFIRMED
							&& Attendance.Progress.of((int) count, sessions, course.getCompletionPercent(), held).completed(),
					e.getCertificateNumber(), asked.stream().map(q -> mine.getOrDefault(q.getId(), "")).toList());
		}).toList();
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"교육 신청자 명단 조회 (과정 " + courseId + "), " + rows.size() + "명", null);
		}
		return new Roster(catalog.view(course), rows, asked.stream().map(Question::getQuestion).toList(),
				courseSessions.stream()
					.map(s -> new SessionView(s.getId(), Seoul.at(s.getStartsAt()).toLocalDate(),
							Seoul.at(s.getStartsAt()).toLocalTime(), Seoul.at(s.getEndsAt()).toLocalTime(), s.getPlace()))
					.toList());
	}
}
