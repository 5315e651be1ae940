package org.ieum.education.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.ieum.education.EnrollmentOutcome;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.identity.AccountStanding;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking, giving back and deciding seats. Every method that changes seats first locks the
 * course row, so two people can never both take the last seat and the waitlist moves in
 * order ({@link Waitlist}); rules that the person breaks throw {@link Refusal} and roll back. Staff enroll whole
 * classes through {@link GroupEnrollments}.
 */
@Service
@Transactional
public class Enrollments {

	private static final EnumSet<EnrollmentStatus> ACTIVE = EnumSet.of(EnrollmentStatus.PENDING,
			EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final EnrollmentRepository enrollments;
	private final QuestionRepository questions;
	private final AnswerRepository answers;
	private final IdentityApi identity;
	private final Waitlist waitlist;
	private final EnrollmentMail mail;
	private final Clock clock;

	Enrollments(CourseRepository courses, CourseSessionRepository sessions, EnrollmentRepository enrollments,
			QuestionRepository questions, AnswerRepository answers, IdentityApi identity, Waitlist waitlist,
			EnrollmentMail mail, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.enrollments = enrollments;
		this.questions = questions;
		this.answers = answers;
		this.identity = identity;
		this.waitlist = waitlist;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Takes a seat for the signed-in person. A full course changes nothing and answers
	 * {@link EnrollmentOutcome#FULL}: the page then offers the waitlist.
	 */
	public EnrollmentOutcome enroll(long courseId, CurrentUser me, Map<Long, String> answerTexts) {
		Course course = lockedCourse(courseId);
		checkMayApply(course, me, answerTexts);
		if (!course.hasSeats(1)) {
			return EnrollmentOutcome.FULL;
		}
		course.takeSeats(1);
		EnrollmentStatus status = course.seatedStatus();
		Enrollment enrollment = enrollments.save(
				Enrollment.ofMember(courseId, me.accountId(), me.displayName(), me.email(), status, clock.instant()));
		saveAnswers(enrollment, answerTexts, course);
		String key = status == EnrollmentStatus.CONFIRMED ? "education.mail.confirmed" : "education.mail.pending";
		mail.send(enrollment, course, key);
		return status == EnrollmentStatus.CONFIRMED ? EnrollmentOutcome.CONFIRMED : EnrollmentOutcome.PENDING_APPROVAL;
	}

	/** Joins the end of the waitlist; a free seat is taken directly instead. */
	public EnrollmentOutcome joinWaitlist(long courseId, CurrentUser me, Map<Long, String> answerTexts) {
		Course course = lockedCourse(courseId);
		checkMayApply(course, me, answerTexts);
		if (course.hasSeats(1)) {
			return enroll(courseId, me, answerTexts);
		}
		Enrollment enrollment = enrollments.save(Enrollment.ofMember(courseId, me.accountId(), me.displayName(),
				me.email(), EnrollmentStatus.WAITLISTED, clock.instant()));
		saveAnswers(enrollment, answerTexts, course);
		mail.send(enrollment, course, "education.mail.waitlisted");
		return EnrollmentOutcome.WAITLISTED;
	}

	/** The participant gives up their place, up to the course's cancellation deadline. */
	public void cancelOwn(long enrollmentId, CurrentUser me) {
		long courseId = enrollments.courseIdOf(enrollmentId, me.accountId())
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
		Course course = lockedCourse(courseId);
		// read the place only under the course lock: a double click or a retried request that
		// read it before the first cancellation committed would cancel it a second time (a 500)
		Enrollment enrollment = enrollmentOf(course, enrollmentId);
		if (!course.cancellableOn(Seoul.today(clock))) {
			throw new Refusal("education.error.cancelDeadline");
		}
		cancel(course, enrollment);
	}

	/** Staff cancel any place at any time (a no-show list, a course moved). */
	public void cancelByStaff(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		cancel(course, enrollmentOf(course, enrollmentId));
	}

	public void approve(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		Enrollment enrollment = enrollmentOf(course, enrollmentId);
		enrollment.approve(clock.instant());
		mail.send(enrollment, course, "education.mail.approved");
	}

	public void reject(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		Enrollment enrollment = enrollmentOf(course, enrollmentId);
		enrollment.reject(clock.instant());
		course.freeSeat();
		mail.send(enrollment, course, "education.mail.rejected");
		waitlist.promote(course);
	}

	/**
	 * A deleted account gives back its places in courses that are not over yet, so its seat
	 * goes to the waitlist instead of staying taken by nobody; places in past courses stay
	 * for the figures. Running it again changes nothing more.
	 */
	public void withdrawDeleted(long accountId) {
		for (Enrollment enrollment : enrollments.findByAccountId(accountId)) {
			// a certificate already issued keeps verifying (with the anonymous name)
			if (!enrollment.getStatus().active() || enrollment.getCertificateNumber() != null) {
				continue;
			}
			Course course = lockedCourse(enrollment.getCourseId());
			if (!over(course)) {
				cancel(course, enrollment);
			}
		}
	}

	private void cancel(Course course, Enrollment enrollment) {
		boolean freed = enrollment.cancel(clock.instant());
		if (freed) {
			course.freeSeat();
			waitlist.promote(course);
		}
	}

	private void checkMayApply(Course course, CurrentUser me, Map<Long, String> answerTexts) {
		LocalDate today = Seoul.today(clock);
		if (!course.registrationOpenOn(today)) {
			throw new Refusal("education.error.notOpen");
		}
		// the registration period may run past the course itself
		if (over(course)) {
			throw new Refusal("education.error.courseOver");
		}
		if (!enrollments.findByCourseIdAndAccountIdAndStatusIn(course.getId(), me.accountId(), ACTIVE).isEmpty()) {
			throw new Refusal("education.error.twice");
		}
		Optional<AccountStanding> standing = identity.standingOf(me.accountId());
		if (standing.map(AccountStanding::awaitingGuardian).orElse(false)) {
			throw new Refusal("education.error.guardian");
		}
		Integer age = standing.map(AccountStanding::birthDate)
			.map(birth -> Period.between(birth, today).getYears())
			.orElse(null);
		if (!course.admitsAge(age)) {
			throw new Refusal("education.error.notEligible");
		}
		for (Question question : questions.findByCourseIdOrderBySortOrderAscIdAsc(course.getId())) {
			String answer = answerTexts.get(question.getId());
			if (answer == null || answer.isBlank()) {
				throw new Refusal("education.error.answerRequired");
			}
			if (answer.strip().length() > 2000) {
				throw new Refusal("education.error.answerTooLong");
			}
		}
	}

	private boolean over(Course course) {
		return sessions.courseOver(course.getId(), Seoul.today(clock));
	}

	private void saveAnswers(Enrollment enrollment, Map<Long, String> answerTexts, Course course) {
		for (Question question : questions.findByCourseIdOrderBySortOrderAscIdAsc(course.getId())) {
			answers.save(new Answer(enrollment.getId(), question.getId(), answerTexts.get(question.getId()).strip()));
		}
	}

	private Course lockedCourse(long courseId) {
		return courses.lock(courseId);
	}

	private Course staffCourse(long courseId) {
		Course course = lockedCourse(courseId);
		Authorities.requireCenterStaff(course.getCenterId());
		return course;
	}

	private Enrollment enrollmentOf(Course course, long enrollmentId) {
		return enrollments.findById(enrollmentId)
			.filter(e -> e.getCourseId() == course.getId())
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
	}
}
