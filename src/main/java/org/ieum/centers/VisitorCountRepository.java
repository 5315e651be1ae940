package org.ieum.centers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VisitorCountRepository extends JpaRepository<VisitorCount, Long> {

	Optional<VisitorCount> findBySiteIdAndVisitDate(Long siteId, LocalDate visitDate);

	@Query("select coalesce(sum(v.visitors), 0) from VisitorCount v where v.siteId = ?1 and v.visitDate between ?2 and ?3")
	long sumVisitors(Long siteId, LocalDate from, LocalDate to);

	List<VisitorCount> findBySiteIdAndVisitDateBetweenOrderByVisitDate(Long siteId, LocalDate from, LocalDate to);

	long countBySiteId(Long siteId);

	List<VisitorCount> findBySiteIdInOrderByVisitDate(Collection<Long> siteIds);
}
