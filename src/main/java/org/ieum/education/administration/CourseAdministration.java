package org.ieum.education.administration;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.course.Instructor;
import org.ieum.education.course.InstructorRepository;
import org.ieum.education.course.Material;
import org.ieum.education.course.MaterialAudience;
import org.ieum.education.course.MaterialFiles;
import org.ieum.education.course.MaterialRepository;
import org.ieum.education.enrollment.Question;
import org.ieum.education.enrollment.QuestionRepository;
import org.ieum.education.enrollment.Waitlist;
import org.ieum.shared.Authorities;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomBookings;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomRefused;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff set up courses of their own centers: details, sessions, instructors, materials, questions. */
@Service
@Transactional
public class CourseAdministration {

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final InstructorRepository instructors;
	private final MaterialRepository materials;
	private final QuestionRepository questions;
	private final MaterialFiles files;
	private final Waitlist waitlist;
	private final RoomBookings rooms;
	private final Clock clock;

	CourseAdministration(CourseRepository courses, CourseSessionRepository sessions, InstructorRepository instructors,
			MaterialRepository materials, QuestionRepository questions, MaterialFiles files, Waitlist waitlist,
			RoomBookings rooms, Clock clock) {
		this.rooms = rooms;
		this.courses = courses;
		this.sessions = sessions;
		this.instructors = instructors;
		this.materials = materials;
		this.questions = questions;
		this.files = files;
		this.waitlist = waitlist;
		this.clock = clock;
	}

	public Course create(long centerId, CourseDetails details) {
		Authorities.requireCenterStaff(centerId);
		checkInstructors(centerId, details.instructorIds());
		return courses.save(new Course(centerId, details, clock.instant()));
	}

	public void revise(long courseId, CourseDetails details) {
		Course course = courses.lock(courseId);
		Authorities.requireCenterStaff(course.getCenterId());
		checkInstructors(course.getCenterId(), details.instructorIds());
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

	public Material addMaterial(long courseId, String title, MaterialAudience audience, String fileName, byte[] bytes) {
		courseToManage(courseId);
		FileArea.StoredFile stored = files.store(bytes);
		return materials.save(new Material(courseId, title, audience, stored,
				DownloadNames.of(fileName, stored.file()), clock.instant()));
	}

	public void removeMaterial(long courseId, long materialId) {
		courseToManage(courseId);
		materials.findById(materialId).filter(m -> m.getCourseId() == courseId).ifPresent(m -> {
			materials.delete(m);
			files.deleteAfterCommit(m.getFile());
		});
	}

	public void addQuestion(long courseId, String text) {
		courseToManage(courseId);
		int next = questions.findByCourseIdOrderBySortOrderAscIdAsc(courseId).size() + 1;
		questions.save(new Question(courseId, next, text));
	}

	public void removeQuestion(long courseId, long questionId) {
		courseToManage(courseId);
		questions.findById(questionId).filter(q -> q.getCourseId() == courseId).ifPresent(questions::delete);
	}

	public Instructor addInstructor(long centerId, String name, String expertise, boolean trained) {
		Authorities.requireCenterStaff(centerId);
		return instructors.save(new Instructor(centerId, name, expertise, trained, clock.instant()));
	}

	public void markTrained(long instructorId, boolean trained) {
		Instructor instructor = instructors.findById(instructorId)
			.orElseThrow(() -> Refusal.notFound("education.error.noInstructor"));
		Authorities.requireCenterStaff(instructor.getCenterId());
		instructor.markTrained(trained);
	}

	@Transactional(readOnly = true)
	public List<Instructor> instructorsOf(Collection<Long> centerIds) {
		return instructors.findByCenterIdInOrderByNameAscIdAsc(centerIds);
	}

	private void checkInstructors(long centerId, Set<Long> ids) {
		Set<Long> own = instructors.findByCenterIdOrderByNameAscIdAsc(centerId).stream()
			.map(Instructor::getId)
			.collect(Collectors.toSet());
		if (!own.containsAll(ids)) {
			throw new AccessDeniedException("instructor of another center");
		}
	}
}
