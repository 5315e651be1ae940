package org.ieum.market.fairs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoothApplicationRepository extends JpaRepository<BoothApplication, Long> {

	List<BoothApplication> findByFairIdOrderByAppliedAtAscIdAsc(long fairId);

	List<BoothApplication> findByOrganizationIdInOrderByAppliedAtDescIdDesc(Collection<Long> organizationIds);

	boolean existsByFairIdAndOrganizationId(long fairId, long organizationId);

	boolean existsByFairIdAndBoothNumber(long fairId, int boothNumber);

	@Query("select count(a) from BoothApplication a, Fair f where f.id = a.fairId and a.boothNumber is not null"
			+ " and f.centerId in :centers and f.fairDate between :from and :until")
	long countBooths(Collection<Long> centers, LocalDate from, LocalDate until);

	@Query("select coalesce(sum(a.salesWon), 0) from BoothApplication a, Fair f where f.id = a.fairId"
			+ " and f.centerId in :centers and f.fairDate between :from and :until")
	long sumSales(Collection<Long> centers, LocalDate from, LocalDate until);
}
