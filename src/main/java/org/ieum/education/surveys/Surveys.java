package org.ieum.education.surveys;

import java.time.Clock;
import java.util.List;

import org.ieum.education.EnrollmentStatus;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The satisfaction survey participants answer once the course's last session has begun. */
@Service
@Transactional
public class Surveys {

	public record Results(long responses, Double average, long[] counts, List<Comment> comments) {
	}

	public record Comment(int rating, String text) {
	}

	private final EnrollmentRepository enrollments;
	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final SurveyResponseRepository responses;
	private final Clock clock;

	Surveys(EnrollmentRepository enrollments, CourseRepository courses, CourseSessionRepository sessions,
			SurveyResponseRepository responses, Clock clock) {
		this.enrollments = enrollments;
		this.courses = courses;
		this.sessions = sessions;
		this.responses = responses;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean open(Enrollment enrollment) {
		List<CourseSession> all = sessions.findByCourseIdOrderByStartsAtAscIdAsc(enrollment.getCourseId());
		return enrollment.getStatus() == EnrollmentStatus.CONFIRMED && !all.isEmpty()
				&& !all.get(all.size() - 1).getStartsAt().isAfter(clock.instant())
				&& !responses.existsByEnrollmentId(enrollment.getId());
	}

	@Transactional(readOnly = true)
	public boolean answered(long enrollmentId) {
		return responses.existsByEnrollmentId(enrollmentId);
	}

	public void respond(long enrollmentId, int rating, String comment, CurrentUser me) {
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.filter(e -> e.belongsTo(me.accountId()))
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
		if (responses.existsByEnrollmentId(enrollmentId)) {
			throw new Refusal("education.error.surveyTwice");
		}
		if (!open(enrollment)) {
			throw new Refusal("education.error.surveyNotYet");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 2000) {
			throw new Refusal("education.error.answerTooLong");
		}
		responses.save(new SurveyResponse(enrollmentId, enrollment.getCourseId(), rating, text, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Results resultsOf(long courseId) {
		Course course = courses.findById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		List<SurveyResponse> all = responses.findByCourseIdOrderByIdDesc(courseId);
		long[] counts = new long[5];
		all.forEach(r -> counts[r.getRating() - 1]++);
		Double average = all.isEmpty() ? null
				: Math.round(all.stream().mapToInt(SurveyResponse::getRating).average().orElse(0) * 10) / 10.0;
		List<Comment> comments = all.stream().filter(r -> r.getComment() != null)
			.map(r -> new Comment(r.getRating(), r.getComment())).toList();
		return new Results(all.size(), average, counts, comments);
	}
}
