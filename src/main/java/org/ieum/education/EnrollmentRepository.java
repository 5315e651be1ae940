package org.ieum.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

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
