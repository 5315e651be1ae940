package org.ieum.market.needs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, Long> {

	List<Need> findByCenterIdOrderByStatusDescDeadlineAscIdAsc(long centerId);

	List<Need> findByStatusOrderByDeadlineAscIdAsc(NeedStatus status);

	List<Need> findByCenterIdInAndStatusAndShownPubliclyTrueOrderByDeadlineAscIdAsc(Collection<Long> centerIds,
			NeedStatus status);

	boolean existsByCenterIdAndTitle(long centerId, String title);
}
