package org.ieum.market.collaboration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodSalesRepository extends JpaRepository<PeriodSales, Long> {

	List<PeriodSales> findByProjectIdOrderByPeriodYearDescPeriodNumberDescPeriodKindAsc(long projectId);

	List<PeriodSales> findByProjectIdIn(Collection<Long> projectIds);

	Optional<PeriodSales> findByProjectIdAndPeriodKindAndPeriodYearAndPeriodNumber(long projectId, PeriodKind kind,
			int year, int number);

	/** The sales these centers' projects recorded for periods of the year (each period lies inside one year). */
	@Query("select coalesce(sum(s.amountWon), 0) from PeriodSales s, Project p where p.id = s.projectId"
			+ " and p.centerId in :centers and s.periodYear = :year")
	long sumOfYear(Collection<Long> centers, int year);
}
