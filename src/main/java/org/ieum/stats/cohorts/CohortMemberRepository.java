package org.ieum.stats.cohorts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

	List<CohortMember> findByCohortIdOrderByIdAsc(long cohortId);

	List<CohortMember> findByCohortIdIn(Collection<Long> cohortIds);

	Optional<CohortMember> findByCohortIdAndOrganizationId(long cohortId, long organizationId);

	long countByCohortId(long cohortId);
}
