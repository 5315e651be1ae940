package org.ieum.education;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ieum.identity.AccountStanding;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking, giving back and deciding seats. Every method that changes seats first locks the
 * course row, so two people can never both take the last seat and the waitlist moves in
 * order; rules that the person breaks throw {@link Refusal} and roll back.
 */
@Service
@Transactional
class Enrollments {

	private static final EnumSet<EnrollmentStatus> ACTIVE = EnumSet.of(EnrollmentStatus.PENDING,
			EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final EnrollmentRepository enrollments;
	private final QuestionRepository questions;
	private final AnswerRepository answers;
	private final ClassGroupRepository groups;
	private final IdentityApi identity;
	private final MailOutbox mail;
	private final MessageSource messages;
	private final Clock clock;

	Enrollments(CourseRepository courses, CourseSessionRepository sessions, EnrollmentRepository enrollments,
			QuestionRepository questions, AnswerRepository answers, ClassGroupRepository groups, IdentityApi identity,
			MailOutbox mail, MessageSource messages, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.enrollments = enrollments;
		this.questions = questions;
		this.answers = answers;
		this.groups = groups;
		this.identity = identity;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Takes a seat for the signed-in person. A full course changes nothing and answers
	 * {@link EnrollmentOutcome#FULL}: the page then offers the waitlist.
	 */
	EnrollmentOutcome enroll(long courseId, CurrentUser me, Map<Long, String> answerTexts) {
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
		notify(enrollment, course, key);
		return status == EnrollmentStatus.CONFIRMED ? EnrollmentOutcome.CONFIRMED : EnrollmentOutcome.PENDING_APPROVAL;
	}

	/** Joins the end of the waitlist; a free seat is taken directly instead. */
	EnrollmentOutcome joinWaitlist(long courseId, CurrentUser me, Map<Long, String> answerTexts) {
		Course course = lockedCourse(courseId);
		checkMayApply(course, me, answerTexts);
		if (course.hasSeats(1)) {
			return enroll(courseId, me, answerTexts);
		}
		Enrollment enrollment = enrollments.save(Enrollment.ofMember(courseId, me.accountId(), me.displayName(),
				me.email(), EnrollmentStatus.WAITLISTED, clock.instant()));
		saveAnswers(enrollment, answerTexts, course);
		notify(enrollment, course, "education.mail.waitlisted");
		return EnrollmentOutcome.WAITLISTED;
	}

	/** The participant gives up their place, up to the course's cancellation deadline. */
	void cancelOwn(long enrollmentId, CurrentUser me) {
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
	void cancelByStaff(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		cancel(course, enrollmentOf(course, enrollmentId));
	}

	void approve(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		Enrollment enrollment = enrollmentOf(course, enrollmentId);
		enrollment.approve(clock.instant());
		notify(enrollment, course, "education.mail.approved");
	}

	void reject(long courseId, long enrollmentId) {
		Course course = staffCourse(courseId);
		Enrollment enrollment = enrollmentOf(course, enrollmentId);
		enrollment.reject(clock.instant());
		course.freeSeat();
		notify(enrollment, course, "education.mail.rejected");
		promoteWaiting(course);
	}

	/**
	 * Staff enroll a whole class: every listed pupil takes a seat, or nobody does when the
	 * seats are not enough.
	 *
	 * @return the number of participants enrolled
	 */
	int enrollGroup(long courseId, String groupName, String contactName, String contactEmail,
			List<String> participantNames, long staffAccountId) {
		Course course = staffCourse(courseId);
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

	/**
	 * A deleted account gives back its places in courses that are not over yet, so its seat
	 * goes to the waitlist instead of staying taken by nobody; places in past courses stay
	 * for the figures. Running it again changes nothing more.
	 */
	void withdrawDeleted(long accountId) {
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

	/**
	 * After staff raise the capacity, waiting people move up at once. Nobody is moved into a
	 * course that is already over (nor told they got a seat).
	 */
	void promoteWaiting(Course course) {
		if (over(course)) {
			return;
		}
		while (course.hasSeats(1)) {
			Optional<Enrollment> next = enrollments.findFirstByCourseIdAndStatusOrderByIdAsc(course.getId(),
					EnrollmentStatus.WAITLISTED);
			if (next.isEmpty()) {
				return;
			}
			course.takeSeats(1);
			next.get().promote(course.seatedStatus(), clock.instant());
			notify(next.get(), course, "education.mail.promoted");
		}
	}

	private void cancel(Course course, Enrollment enrollment) {
		boolean freed = enrollment.cancel(clock.instant());
		if (freed) {
			course.freeSeat();
			promoteWaiting(course);
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
		return CourseSession.allPast(sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId()), Seoul.today(clock));
	}

	private void saveAnswers(Enrollment enrollment, Map<Long, String> answerTexts, Course course) {
		for (Question question : questions.findByCourseIdOrderBySortOrderAscIdAsc(course.getId())) {
			answers.save(new Answer(enrollment.getId(), question.getId(), answerTexts.get(question.getId()).strip()));
		}
	}

	private Course lockedCourse(long courseId) {
		return courses.lockById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
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

	private void notify(Enrollment enrollment, Course course, String key) {
		if (enrollment.getParticipantEmail() == null) {
			return;
		}
		var locale = LocaleContextHolder.getLocale();
		mail.queue(enrollment.getParticipantEmail(),
				messages.getMessage(key + ".subject", new Object[] { course.getTitle() }, locale),
				messages.getMessage(key + ".body", new Object[] { enrollment.getParticipantName(), course.getTitle() },
						locale));
	}
}
