package org.ieum.market.needs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedNoticeRepository extends JpaRepository<NeedNotice, Long> {

	boolean existsByNeedIdAndOrganizationId(long needId, long organizationId);

	List<NeedNotice> findByNeedId(long needId);

	List<NeedNotice> findByOrganizationIdIn(Collection<Long> organizationIds);
}
