package org.ieum.market.needs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedResponseRepository extends JpaRepository<NeedResponse, Long> {

	boolean existsByNeedIdAndOrganizationId(long needId, long organizationId);

	List<NeedResponse> findByNeedIdOrderByRespondedAtAscIdAsc(long needId);

	List<NeedResponse> findByOrganizationIdInOrderByRespondedAtDescIdDesc(Collection<Long> organizationIds);
}
