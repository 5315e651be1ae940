package org.ieum.education.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ieum.education.EnrollmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	/** The course of one's own enrollment, without loading the enrollment before the course is locked. */
	@Query("select e.courseId from Enrollment e where e.id = :id and e.accountId = :accountId")
	Optional<Long> courseIdOf(@Param("id") long id, @Param("accountId") long accountId);

	List<Enrollment> findByCourseIdAndAccountIdAndStatusIn(long courseId, long accountId,
			Collection<EnrollmentStatus> statuses);

	Optional<Enrollment> findFirstByCourseIdAndStatusOrderByIdAsc(long courseId, EnrollmentStatus status);

	List<Enrollment> findByCourseIdOrderByIdAsc(long courseId);

	List<Enrollment> findByCourseIdAndStatusOrderByParticipantNameAscIdAsc(long courseId, EnrollmentStatus status);

	List<Enrollment> findByCourseIdInAndStatus(Collection<Long> courseIds, EnrollmentStatus status);

	List<Enrollment> findByAccountIdOrderByIdDesc(long accountId);

	List<Enrollment> findByAccountId(long accountId);

	Optional<Enrollment> findByCertificateNumber(String number);

	long countByCourseIdAndStatus(long courseId, EnrollmentStatus status);
}
