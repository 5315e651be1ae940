package org.ieum.education.administration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Waitlist;
import org.ieum.shared.Authorities;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomRefused;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff set up courses of their own centers: details and sessions with their room bookings. Instructors, materials
 * and questions have their own services ({@link Instructors}, {@link CourseMaterials}, {@link CourseQuestions}).
 */
@Service
@Transactional
public class CourseAdministration {

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final Instructors instructors;
	private final Waitlist waitlist;
	private final RoomReservations rooms;
	private final Clock clock;

	CourseAdministration(CourseRepository courses, CourseSessionRepository sessions, Instructors instructors,
			Waitlist waitlist, RoomReservations rooms, Clock clock) {
		this.rooms = rooms;
		this.courses = courses;
		this.sessions = sessions;
		this.instructors = instructors;
		this.waitlist = waitlist;
		this.clock = clock;
	}

	public Course create(long centerId, CourseDetails details) {
		Authorities.requireCenterStaff(centerId);
		instructors.checkInPool(centerId, details.instructorIds());
		return courses.save(new Course(centerId, details, clock.instant()));
	}

	public void revise(long courseId, CourseDetails details) {
		Course course = courses.lock(courseId);
		Authorities.requireCenterStaff(course.getCenterId());
		instructors.checkInPool(course.getCenterId(), details.instructorIds());
		course.revise(details);
		waitlist.promote(course);
	}

	/** The course, after checking that the current user is staff of its center (403 otherwise). */
	@Transactional(readOnly = true)
	public Course courseToManage(long courseId) {
		Course course = courses.findById(courseId).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		return course;
	}

	public CourseSession addSession(long courseId, Instant startsAt, Instant endsAt, String place) {
		return addSession(courseId, startsAt, endsAt, place, null);
	}

	/**
	 * A new session; with a room of the center it books that room for its time in the same
	 * transaction, so a room that is taken refuses the session (a {@link RoomRefused} naming
	 * what is in the way) and nothing is saved.
	 */
	public CourseSession addSession(long courseId, Instant startsAt, Instant endsAt, String place, Long roomId) {
		Course course = courseToManage(courseId);
		CourseSession session = new CourseSession(courseId, startsAt, endsAt, placeOf(course, roomId, place),
				CourseSession.newCheckInCode());
		if (roomId != null) {
			session.bookRoom(roomId, rooms.hold(holdFor(course, roomId, startsAt, endsAt)));
		}
		return sessions.save(session);
	}

	/**
	 * Another time or room for a session: the room it keeps is moved with it, a room it
	 * leaves is freed, a room it takes is booked; any refusal leaves everything as it was.
	 */
	public CourseSession moveSession(long courseId, long sessionId, Instant startsAt, Instant endsAt, String place,
			Long roomId) {
		Course course = courseToManage(courseId);
		CourseSession session = sessions.findById(sessionId).filter(s -> s.getCourseId() == courseId)
			.orElseThrow(() -> Refusal.notFound("education.error.noSession"));
		Long booked = session.getSpaceReservationId();
		if (booked != null && roomId != null && roomId.equals(session.getSpaceId())) {
			rooms.move(booked, startsAt, endsAt);
		}
		else {
			if (booked != null) {
				rooms.release(booked);
				session.leaveRoom();
			}
			if (roomId != null) {
				session.bookRoom(roomId, rooms.hold(holdFor(course, roomId, startsAt, endsAt)));
			}
		}
		session.moveTo(startsAt, endsAt, placeOf(course, roomId, place));
		return session;
	}

	/** Removing a session frees the room it booked. */
	public void removeSession(long courseId, long sessionId) {
		courseToManage(courseId);
		sessions.findById(sessionId).filter(s -> s.getCourseId() == courseId).ifPresent(session -> {
			if (session.getSpaceReservationId() != null) {
				rooms.release(session.getSpaceReservationId());
			}
			sessions.delete(session);
		});
	}

	/** The rooms a session of the course can book. */
	@Transactional(readOnly = true)
	public List<Room> roomsFor(long centerId) {
		return rooms.roomsOf(centerId);
	}

	private RoomHold holdFor(Course course, long roomId, Instant startsAt, Instant endsAt) {
		return new RoomHold(roomId, course.getCenterId(), startsAt, endsAt, "교육: " + course.getTitle(),
				course.getCapacity());
	}

	/** A session in a room is where the room is, unless staff wrote something more exact. */
	private String placeOf(Course course, Long roomId, String place) {
		if (roomId == null || (place != null && !place.isBlank())) {
			return place;
		}
		return rooms.roomsOf(course.getCenterId()).stream().filter(r -> r.id() == roomId).map(Room::name).findFirst()
			.orElse(place);
	}
}
