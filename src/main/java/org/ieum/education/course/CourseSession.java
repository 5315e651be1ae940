package org.ieum.education.course;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;

/** One meeting of a course: when, where (a school, a room, any outside place) and its check-in code. */
@Entity
@Table(name = "education_session")
public class CourseSession {

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

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

	/** The center's room the session books, when it is held in one (docs/adr/0014). */
	@Column(name = "space_id")
	private Long spaceId;

	@Column(name = "space_reservation_id")
	private Long spaceReservationId;

	@Column(name = "check_in_code", nullable = false)
	private String checkInCode;

	protected CourseSession() {
	}

	public CourseSession(long courseId, Instant startsAt, Instant endsAt, String place, String checkInCode) {
		if (!endsAt.isAfter(startsAt)) {
			throw new Refusal("education.error.sessionTimes");
		}
		this.courseId = courseId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.checkInCode = checkInCode;
	}

	/**
	 * Whether a course (its sessions ordered by start) is over: its last session was on a
	 * day before today in Seoul. A course without sessions is not over.
	 */
	public static boolean allPast(List<CourseSession> ordered, LocalDate today) {
		return !ordered.isEmpty() && Seoul.at(ordered.get(ordered.size() - 1).getStartsAt()).toLocalDate().isBefore(today);
	}

	/** A new check-in code: six letters without look-alikes (no O/0, I/1), read aloud in class. */
	public static String newCheckInCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	/** The session now holds this room through that booking of the spaces module. */
	public void bookRoom(long spaceId, long reservationId) {
		this.spaceId = spaceId;
		this.spaceReservationId = reservationId;
	}

	public void leaveRoom() {
		this.spaceId = null;
		this.spaceReservationId = null;
	}

	public void moveTo(Instant startsAt, Instant endsAt, String place) {
		if (!endsAt.isAfter(startsAt)) {
			throw new Refusal("education.error.sessionTimes");
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
	}

	public Long getSpaceId() {
		return spaceId;
	}

	public Long getSpaceReservationId() {
		return spaceReservationId;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getPlace() {
		return place;
	}

	public String getCheckInCode() {
		return checkInCode;
	}
}
