package org.ieum.education;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One meeting of a course: when, where (a school, a room, any outside place) and its check-in code. */
@Entity
@Table(name = "education_session")
class CourseSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	private String place;

	@Column(name = "space_reservation_id")
	private Long spaceReservationId;

	@Column(name = "check_in_code", nullable = false)
	private String checkInCode;

	protected CourseSession() {
	}

	CourseSession(long courseId, Instant startsAt, Instant endsAt, String place, String checkInCode) {
		if (!endsAt.isAfter(startsAt)) {
			throw new EducationException("education.error.sessionTimes");
		}
		this.courseId = courseId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.checkInCode = checkInCode;
	}

	Long getId() {
		return id;
	}

	long getCourseId() {
		return courseId;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	String getPlace() {
		return place;
	}

	String getCheckInCode() {
		return checkInCode;
	}
}
