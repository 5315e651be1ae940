package org.ieum.education.certificates;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ieum.centers.CentersApi;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.attendance.Attendance;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion (수료증). A number is given the first time a participant who
 * met the completion rule asks for one, and anyone holding the number can check it on the
 * public verification page, which shows only name, course, date and center.
 */
@Service
@Transactional
public class Certificates {

	/** Crockford's base 32: no I, L, O, U, so numbers survive being read over the phone. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a certificate and its verification page show. */
	public record CertificateView(String number, String participantName, String courseTitle, LocalDate completedOn,
			String centerName, String verificationUrl) {
	}

	private final EnrollmentRepository enrollments;
	private final CourseRepository courses;
	private final Attendance attendance;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;
	private final String baseUrl;

	Certificates(EnrollmentRepository enrollments, CourseRepository courses, Attendance attendance, CentersApi centers,
			IdentityApi identity, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.identity = identity;
		this.enrollments = enrollments;
		this.courses = courses;
		this.attendance = attendance;
		this.centers = centers;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Issues (once) and returns the participant's certificate; refused before completion. */
	public CertificateView issueFor(long enrollmentId, CurrentUser me) {
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.filter(e -> e.belongsTo(me.accountId()))
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
		return issue(enrollment);
	}

	/** Staff print certificates for group participants who have no account. */
	public CertificateView issueByStaff(long courseId, long enrollmentId) {
		Course course = courses.findById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.filter(e -> e.getCourseId() == courseId)
			.orElseThrow(() -> Refusal.notFound("education.error.noEnrollment"));
		CertificateView view = issue(enrollment);
		// staff take a document with the participant's name out of the system
		identity.recordPersonalDataAccess(enrollment.getAccountId(), PersonalDataAction.EXPORT,
				"수료증 내려받기 (과정 " + courseId + ", 신청 " + enrollmentId + ")", null);
		return view;
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> verify(String number) {
		if (number == null || number.length() > 40) {
			return Optional.empty();
		}
		return enrollments.findByCertificateNumber(number.strip().toUpperCase(Locale.ROOT))
			// staff cancelled the place after it was issued: the number no longer vouches for anything
			.filter(e -> e.getStatus() == EnrollmentStatus.CONFIRMED)
			.flatMap(e -> courses.findById(e.getCourseId()).map(c -> view(e, c)));
	}

	private CertificateView issue(Enrollment enrollment) {
		Course course = courses.findById(enrollment.getCourseId()).orElseThrow();
		if (enrollment.getStatus() == EnrollmentStatus.CONFIRMED
				&& !attendance.lastHasBegun(attendance.sessionsOf(course.getId()))) {
			throw new Refusal("education.error.notFinished");
		}
		if (enrollment.getStatus() != EnrollmentStatus.CONFIRMED
				|| !attendance.progressOf(enrollment, course).completed()) {
			throw new Refusal("education.error.notCompleted");
		}
		if (enrollment.getCertificateNumber() == null) {
			enrollment.issueCertificate(newNumber(), clock.instant());
		}
		return view(enrollment, course);
	}

	private CertificateView view(Enrollment enrollment, Course course) {
		List<CourseSession> sessions = attendance.sessionsOf(course.getId());
		LocalDate completedOn = sessions.isEmpty() ? Seoul.at(enrollment.getCertificateIssuedAt()).toLocalDate()
				: Seoul.at(sessions.get(sessions.size() - 1).getStartsAt()).toLocalDate();
		String center = centers.findById(course.getCenterId()).map(c -> c.name()).orElse("");
		return new CertificateView(enrollment.getCertificateNumber(), enrollment.getParticipantName(), course.getTitle(),
				completedOn, center, baseUrl + "/certificates/" + enrollment.getCertificateNumber());
	}

	private String newNumber() {
		StringBuilder number = new StringBuilder().append(Seoul.today(clock).getYear()).append('-');
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				number.append('-');
			}
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}
}
