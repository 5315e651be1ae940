package org.ieum.education.administration;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.course.Instructor;
import org.ieum.education.course.InstructorRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each center's instructor pool: staff add instructors and mark who has been trained; courses pick from it. */
@Service
@Transactional
class Instructors {

	private final InstructorRepository instructors;
	private final Clock clock;

	Instructors(InstructorRepository instructors, Clock clock) {
		this.instructors = instructors;
		this.clock = clock;
	}

	Instructor add(long centerId, String name, String expertise, boolean trained) {
		Authorities.requireCenterStaff(centerId);
		return instructors.save(new Instructor(centerId, name, expertise, trained, clock.instant()));
	}

	void markTrained(long instructorId, boolean trained) {
		Instructor instructor = instructors.findById(instructorId)
			.orElseThrow(() -> Refusal.notFound("education.error.noInstructor"));
		Authorities.requireCenterStaff(instructor.getCenterId());
		instructor.markTrained(trained);
	}

	@Transactional(readOnly = true)
	List<Instructor> of(Collection<Long> centerIds) {
		return instructors.findByCenterIdInOrderByNameAscIdAsc(centerIds);
	}

	/** A course's instructors come from its own center's pool (403 otherwise). */
	@Transactional(readOnly = true)
	void checkInPool(long centerId, Set<Long> ids) {
		Set<Long> own = instructors.findByCenterIdOrderByNameAscIdAsc(centerId).stream()
			.map(Instructor::getId)
			.collect(Collectors.toSet());
		if (!own.containsAll(ids)) {
			throw new AccessDeniedException("instructor of another center");
		}
	}
}
