package org.ieum.education.course;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.ieum.shared.web.Refusal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

	/**
	 * The course row locked until the transaction ends (SELECT ... FOR UPDATE): every change
	 * of seats goes through here, so concurrent enrollments queue instead of overbooking.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Course c where c.id = :id")
	Optional<Course> lockById(@Param("id") long id);

	/** {@link #lockById}, refused as not found when there is no such course. */
	default Course lock(long id) {
		return lockById(id).orElseThrow(() -> Refusal.notFound("education.error.noCourse"));
	}

	List<Course> findByCenterIdInOrderByRegistrationOpensDescIdDesc(Collection<Long> centerIds);

	List<Course> findByCenterIdOrderByRegistrationOpensDescIdDesc(long centerId);
}
