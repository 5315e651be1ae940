package org.ieum.stats.cohorts;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

	List<Cohort> findByCenterIdOrderByStartsOnDescIdDesc(long centerId);

	List<Cohort> findByCenterIdInOrderByStartsOnDescIdDesc(Collection<Long> centerIds);

	boolean existsByCenterIdAndSourceAndSourceRef(long centerId, CohortSource source, Long sourceRef);

	boolean existsByCenterIdAndName(long centerId, String name);
}
