package org.ieum.centers;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpecialHoursRepository extends JpaRepository<SpecialHours, Long> {

	@Query("select e from SpecialHours e where e.siteId = ?1 and e.endsOn >= ?2 order by e.startsOn, e.id")
	List<SpecialHours> findEndingOnOrAfter(Long siteId, LocalDate date);
}
