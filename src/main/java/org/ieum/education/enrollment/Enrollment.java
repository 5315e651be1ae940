package org.ieum.education.enrollment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.education.EnrollmentStatus;
import org.ieum.shared.web.Refusal;

/**
 * One person's place in a course: a signed-in member's own, or a pupil of a school class
 * staff enrolled as a group (no account). Seat counting happens on the course; this only
 * moves between statuses.
 */
@Entity
@Table(name = "education_enrollment")
public class Enrollment {

	public static final String FORGOTTEN_NAME = "탈퇴한 회원";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "group_id")
	private Long groupId;

	@Column(name = "participant_name", nullable = false)
	private String participantName;

	@Column(name = "participant_email")
	private String participantEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EnrollmentStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "certificate_number")
	private String certificateNumber;

	@Column(name = "certificate_issued_at")
	private Instant certificateIssuedAt;

	@Version
	private long version;

	protected Enrollment() {
	}

	private Enrollment(long courseId, Long accountId, Long groupId, String name, String email,
			EnrollmentStatus status, Instant now) {
		this.courseId = courseId;
		this.accountId = accountId;
		this.groupId = groupId;
		this.participantName = name;
		this.participantEmail = email;
		this.status = status;
		this.createdAt = now;
	}

	public static Enrollment ofMember(long courseId, long accountId, String name, String email, EnrollmentStatus status,
			Instant now) {
		return new Enrollment(courseId, accountId, null, name, email, status, now);
	}

	public static Enrollment ofGroupMember(long courseId, long groupId, String name, Instant now) {
		return new Enrollment(courseId, null, groupId, name, null, EnrollmentStatus.CONFIRMED, now);
	}

	/** The next on the waitlist gets the freed seat. */
	public void promote(EnrollmentStatus seated, Instant now) {
		require(EnrollmentStatus.WAITLISTED);
		this.status = seated;
		this.decidedAt = now;
	}

	public void approve(Instant now) {
		require(EnrollmentStatus.PENDING);
		this.status = EnrollmentStatus.CONFIRMED;
		this.decidedAt = now;
	}

	public void reject(Instant now) {
		require(EnrollmentStatus.PENDING);
		this.status = EnrollmentStatus.REJECTED;
		this.decidedAt = now;
	}

	/** @return whether the enrollment held a seat that is now free */
	public boolean cancel(Instant now) {
		if (!status.active()) {
			throw new Refusal("education.error.notActive");
		}
		boolean freed = status.holdsSeat();
		this.status = EnrollmentStatus.CANCELLED;
		this.cancelledAt = now;
		return freed;
	}

	public void issueCertificate(String number, Instant now) {
		if (certificateNumber == null) {
			this.certificateNumber = number;
			this.certificateIssuedAt = now;
		}
	}

	/** The account was deleted: keep the seat figures, drop who it was. */
	public void forgetParticipant() {
		this.accountId = null;
		this.participantName = FORGOTTEN_NAME;
		this.participantEmail = null;
	}

	public boolean belongsTo(long account) {
		return accountId != null && accountId == account;
	}

	private void require(EnrollmentStatus expected) {
		if (status != expected) {
			throw new Refusal("education.error.notActive");
		}
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Long getGroupId() {
		return groupId;
	}

	public String getParticipantName() {
		return participantName;
	}

	public String getParticipantEmail() {
		return participantEmail;
	}

	public EnrollmentStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public Instant getCertificateIssuedAt() {
		return certificateIssuedAt;
	}
}
