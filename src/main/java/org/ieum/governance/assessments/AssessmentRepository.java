package org.ieum.governance.assessments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	List<Assessment> findByCenterIdAndYearOrderByOrganizationNameAscIdAsc(long centerId, int year);

	boolean existsByCenterIdAndYear(long centerId, int year);

	Optional<Assessment> findByCenterIdAndYearAndOrganizationId(long centerId, int year, long organizationId);

	List<Assessment> findByOrganizationIdOrderByYearDescIdDesc(long organizationId);
}
