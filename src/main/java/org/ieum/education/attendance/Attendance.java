package org.ieum.education.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.EnrollmentStatus;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was at which session, marked by staff on a check-in list or by the participant with
 * the session's code, and whether that meets the course's completion rule.
 */
@Service
@Transactional
public class Attendance {

	/** How many sessions a participant attended out of how many the course has. */
	public record Progress(int attended, int sessions, int percent, boolean completed) {

		/**
		 * @param held whether the course's last session has begun: nobody completes a course
		 *        that is still running, however many of its sessions they already attended
		 */
		public static Progress of(int attended, int sessions, int requiredPercent, boolean held) {
			int percent = sessions == 0 ? 0 : attended * 100 / sessions;
			// compare without rounding: 11 of 14 sessions is 78.6 %, short of 80 %
			boolean completed = held && sessions > 0 && attended * 100 >= requiredPercent * sessions;
			return new Progress(attended, sessions, percent, completed);
		}
	}

	/** A session's check-in list as staff see it: the seated participants and who is marked present. */
	public record CheckInSheet(Course course, CourseSession session, List<Enrollment> participants, Set<Long> present) {
	}

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final EnrollmentRepository enrollments;
	private final AttendanceRepository records;
	private final IdentityApi identity;
	private final Clock clock;

	Attendance(CourseRepository courses, CourseSessionRepository sessions, EnrollmentRepository enrollments,
			AttendanceRepository records, IdentityApi identity, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.enrollments = enrollments;
		this.records = records;
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * The check-in list of one session for staff of the course's center. It names every
	 * seated participant, so opening it is written to the personal-data access log (which is
	 * why this transaction is not read-only).
	 */
	public CheckInSheet sheet(long courseId, long sessionId) {
		Course course = courses.findById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		CourseSession session = sessions.findById(sessionId)
			.filter(s -> s.getCourseId() == courseId)
			.orElseThrow(() -> Refusal.notFound("education.error.noSession"));
		List<Enrollment> seated = enrollments.findByCourseIdAndStatusOrderByParticipantNameAscIdAsc(courseId,
				EnrollmentStatus.CONFIRMED);
		if (!seated.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"교육 출석부 조회 (과정 " + courseId + ", 회차 " + sessionId + "), " + seated.size() + "명", null);
		}
		return new CheckInSheet(course, session, seated, presentAt(sessionId));
	}

	/** Staff save the check-in list of one session: the ticked participants were there, the others not. */
	public void recordSession(long courseId, long sessionId, Set<Long> presentEnrollmentIds) {
		Course course = courses.findById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		CourseSession session = sessions.findById(sessionId)
			.filter(s -> s.getCourseId() == courseId)
			.orElseThrow(() -> Refusal.notFound("education.error.noSession"));
		Set<Long> seated = enrollments.findByCourseIdAndStatusOrderByParticipantNameAscIdAsc(courseId,
				EnrollmentStatus.CONFIRMED).stream().map(Enrollment::getId).collect(Collectors.toSet());
		Set<Long> already = records.findByKeySessionId(sessionId).stream()
			.map(AttendanceRecord::enrollmentId)
			.collect(Collectors.toSet());
		records.findByKeySessionId(sessionId).stream()
			.filter(r -> !presentEnrollmentIds.contains(r.enrollmentId()))
			.forEach(records::delete);
		presentEnrollmentIds.stream()
			.filter(seated::contains)
			.filter(id -> !already.contains(id))
			.forEach(id -> records.save(new AttendanceRecord(id, session.getId(), clock.instant())));
	}

	/** The participant types the code staff show in class; it works only on the session's day. */
	public void checkIn(long enrollmentId, String code, CurrentUser me) {
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.filter(e -> e.belongsTo(me.accountId()) && e.getStatus() == EnrollmentStatus.CONFIRMED)
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
		LocalDate today = Seoul.today(clock);
		String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		CourseSession session = sessions.findByCourseIdOrderByStartsAtAscIdAsc(enrollment.getCourseId()).stream()
			.filter(s -> Seoul.at(s.getStartsAt()).toLocalDate().equals(today))
			.filter(s -> s.getCheckInCode().equals(typed))
			.findFirst()
			.orElseThrow(() -> new Refusal("education.error.checkInCode"));
		if (!records.existsById(new AttendanceRecord.Key(enrollmentId, session.getId()))) {
			records.save(new AttendanceRecord(enrollmentId, session.getId(), clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public Set<Long> presentAt(long sessionId) {
		return records.findByKeySessionId(sessionId).stream().map(AttendanceRecord::enrollmentId)
			.collect(Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public Progress progressOf(Enrollment enrollment, Course course) {
		List<CourseSession> all = sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId());
		int attended = (int) records.countByKeyEnrollmentId(enrollment.getId());
		return Progress.of(attended, all.size(), course.getCompletionPercent(), lastHasBegun(all));
	}

	/** Attended-session counts per enrollment, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, Long> attendedCounts(Collection<Long> enrollmentIds) {
		if (enrollmentIds.isEmpty()) {
			return Map.of();
		}
		return records.findByKeyEnrollmentIdIn(enrollmentIds).stream()
			.collect(Collectors.groupingBy(AttendanceRecord::enrollmentId, Collectors.counting()));
	}

	/** The last of the sessions (ordered by start) has begun: the course has been held. */
	public boolean lastHasBegun(List<CourseSession> ordered) {
		return !ordered.isEmpty() && !ordered.get(ordered.size() - 1).getStartsAt().isAfter(clock.instant());
	}

	@Transactional(readOnly = true)
	public List<CourseSession> sessionsOf(long courseId) {
		return sessions.findByCourseIdOrderByStartsAtAscIdAsc(courseId);
	}
}
