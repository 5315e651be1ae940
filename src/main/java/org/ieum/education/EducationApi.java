package org.ieum.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.attendance.Attendance;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.education.surveys.SurveyResponse;
import org.ieum.education.surveys.SurveyResponseRepository;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (statistics) may read from education. Everything here is aggregate, no personal data. */
@Service
@Transactional(readOnly = true)
public class EducationApi {

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final EnrollmentRepository enrollments;
	private final SurveyResponseRepository responses;
	private final Attendance attendance;

	EducationApi(CourseRepository courses, CourseSessionRepository sessions, EnrollmentRepository enrollments,
			SurveyResponseRepository responses, Attendance attendance) {
		this.courses = courses;
		this.sessions = sessions;
		this.enrollments = enrollments;
		this.responses = responses;
		this.attendance = attendance;
	}

	/** The center's own courses, newest first, for a staff member to pick one. */
	public List<CourseChoice> coursesOf(long centerId) {
		return courses.findByCenterIdOrderByRegistrationOpensDescIdDesc(centerId).stream()
			.map(c -> new CourseChoice(c.getId(), c.getTitle(), c.getKind()))
			.toList();
	}

	/** The course and the accounts of those who completed it (participants without an account are left out). */
	public Optional<CourseCompleters> completers(long courseId) {
		return courses.findById(courseId).map(course -> {
			LocalDate startsOn = sessions.findByCourseIdOrderByStartsAtAscIdAsc(courseId).stream()
				.findFirst()
				.map(s -> Seoul.at(s.getStartsAt()).toLocalDate())
				.orElse(course.getRegistrationCloses());
			List<Long> accounts = enrollments
				.findByCourseIdAndStatusOrderByParticipantNameAscIdAsc(courseId, EnrollmentStatus.CONFIRMED).stream()
				.filter(e -> e.getAccountId() != null && attendance.progressOf(e, course).completed())
				.map(Enrollment::getAccountId)
				.distinct()
				.toList();
			return new CourseCompleters(course.getId(), course.getCenterId(), course.getTitle(), course.getKind(),
					startsOn, accounts);
		});
	}

	/**
	 * Participants, completion rate and satisfaction per center, course kind and year for
	 * the given centers (use {@code CentersApi.centerAndDescendantIds} to roll up). Courses
	 * without sessions have no year yet and are left out.
	 */
	public List<CourseKindFigures> figures(Collection<Long> centerIds) {
		List<Course> list = courses.findByCenterIdInOrderByRegistrationOpensDescIdDesc(centerIds);
		Map<Long, Integer> yearOf = sessions.findByCourseIdInOrderByStartsAtAscIdAsc(list.stream().map(Course::getId).toList())
			.stream()
			.collect(Collectors.toMap(CourseSession::getCourseId, s -> Seoul.at(s.getStartsAt()).getYear(), (a, b) -> a));
		record Key(long centerId, int year, CourseKind kind) {
		}
		Map<Key, List<Course>> grouped = list.stream().filter(c -> yearOf.containsKey(c.getId()))
			.collect(Collectors.groupingBy(c -> new Key(c.getCenterId(), yearOf.get(c.getId()), c.getKind())));
		List<CourseKindFigures> figures = new ArrayList<>();
		grouped.forEach((key, group) -> {
			Set<Long> ids = group.stream().map(Course::getId).collect(Collectors.toSet());
			Map<Long, Course> byId = group.stream().collect(Collectors.toMap(Course::getId, c -> c));
			List<Enrollment> seated = enrollments.findByCourseIdInAndStatus(ids, EnrollmentStatus.CONFIRMED);
			long completed = seated.stream()
				.filter(e -> attendance.progressOf(e, byId.get(e.getCourseId())).completed())
				.count();
			List<SurveyResponse> answers = responses.findByCourseIdIn(ids);
			Double average = answers.isEmpty() ? null
					: answers.stream().mapToInt(SurveyResponse::getRating).average().orElse(0);
			figures.add(new CourseKindFigures(key.centerId(), key.year(), key.kind(), group.size(), seated.size(),
					completed, seated.isEmpty() ? 0 : (double) completed / seated.size(), average, answers.size()));
		});
		figures.sort(Comparator.comparingLong(CourseKindFigures::centerId)
			.thenComparingInt(CourseKindFigures::year)
			.thenComparing(CourseKindFigures::kind));
		return figures;
	}
}
