package org.ieum.education;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.shared.Authorities;
import org.ieum.shared.files.DownloadNames;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff set up courses of their own centers: details, sessions, instructors, materials, questions. */
@Service
@Transactional
class CourseAdministration {

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final InstructorRepository instructors;
	private final MaterialRepository materials;
	private final QuestionRepository questions;
	private final MaterialFiles files;
	private final Enrollments enrollments;
	private final Clock clock;

	CourseAdministration(CourseRepository courses, CourseSessionRepository sessions, InstructorRepository instructors,
			MaterialRepository materials, QuestionRepository questions, MaterialFiles files, Enrollments enrollments,
			Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.instructors = instructors;
		this.materials = materials;
		this.questions = questions;
		this.files = files;
		this.enrollments = enrollments;
		this.clock = clock;
	}

	Course create(long centerId, CourseDetails details) {
		Authorities.requireCenterStaff(centerId);
		checkInstructors(centerId, details.instructorIds());
		return courses.save(new Course(centerId, details, clock.instant()));
	}

	void revise(long courseId, CourseDetails details) {
		Course course = courses.lockById(courseId).orElseThrow(() -> new EducationException("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		checkInstructors(course.getCenterId(), details.instructorIds());
		course.revise(details);
		enrollments.promoteWaiting(course);
	}

	/** The course, after checking that the current user is staff of its center (403 otherwise). */
	@Transactional(readOnly = true)
	Course courseToManage(long courseId) {
		Course course = courses.findById(courseId).orElseThrow(() -> new EducationException("education.error.noCourse"));
		Authorities.requireCenterStaff(course.getCenterId());
		return course;
	}

	CourseSession addSession(long courseId, Instant startsAt, Instant endsAt, String place) {
		courseToManage(courseId);
		return sessions.save(new CourseSession(courseId, startsAt, endsAt, place, newCheckInCode()));
	}

	void removeSession(long courseId, long sessionId) {
		courseToManage(courseId);
		sessions.findById(sessionId).filter(s -> s.getCourseId() == courseId).ifPresent(sessions::delete);
	}

	Material addMaterial(long courseId, String title, MaterialAudience audience, String fileName, byte[] bytes) {
		courseToManage(courseId);
		org.ieum.shared.files.FileArea.StoredFile stored = files.store(bytes);
		return materials.save(new Material(courseId, title, audience, stored,
				DownloadNames.of(fileName, stored.file()), clock.instant()));
	}

	void removeMaterial(long courseId, long materialId) {
		courseToManage(courseId);
		materials.findById(materialId).filter(m -> m.getCourseId() == courseId).ifPresent(m -> {
			materials.delete(m);
			files.deleteAfterCommit(m.getFile());
		});
	}

	void addQuestion(long courseId, String text) {
		courseToManage(courseId);
		int next = questions.findByCourseIdOrderBySortOrderAscIdAsc(courseId).size() + 1;
		questions.save(new Question(courseId, next, text));
	}

	void removeQuestion(long courseId, long questionId) {
		courseToManage(courseId);
		questions.findById(questionId).filter(q -> q.getCourseId() == courseId).ifPresent(questions::delete);
	}

	Instructor addInstructor(long centerId, String name, String expertise, boolean trained) {
		Authorities.requireCenterStaff(centerId);
		return instructors.save(new Instructor(centerId, name, expertise, trained, clock.instant()));
	}

	void markTrained(long instructorId, boolean trained) {
		Instructor instructor = instructors.findById(instructorId)
			.orElseThrow(() -> new EducationException("education.error.noInstructor"));
		Authorities.requireCenterStaff(instructor.getCenterId());
		instructor.markTrained(trained);
	}

	@Transactional(readOnly = true)
	List<Instructor> instructorsOf(Collection<Long> centerIds) {
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

	/** Six letters without look-alikes (no O/0, I/1), read aloud in class. */
	static String newCheckInCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

}
