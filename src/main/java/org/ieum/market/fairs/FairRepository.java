package org.ieum.market.fairs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FairRepository extends JpaRepository<Fair, Long> {

	List<Fair> findByCenterIdInOrderByFairDateDescIdDesc(Collection<Long> centerIds);

	List<Fair> findByApplyFromLessThanEqualAndApplyUntilGreaterThanEqualOrderByApplyUntilAscIdAsc(LocalDate from,
			LocalDate until);

	@Query("select count(f) from Fair f where f.centerId in :centers and f.fairDate between :from and :until")
	long countHeld(Collection<Long> centers, LocalDate from, LocalDate until);
}
