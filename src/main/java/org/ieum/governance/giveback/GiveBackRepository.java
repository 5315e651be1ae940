package org.ieum.governance.giveback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GiveBackRepository extends JpaRepository<GiveBack, Long> {

	List<GiveBack> findByCenterIdInAndStartsOnBetweenOrderByStartsOnDescIdDesc(Collection<Long> centerIds,
			LocalDate from, LocalDate to);

	List<GiveBack> findByOrganizationIdInOrderByStartsOnDescIdDesc(Collection<Long> organizationIds);

	boolean existsByCenterId(long centerId);
}
