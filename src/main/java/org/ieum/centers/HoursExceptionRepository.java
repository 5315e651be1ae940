package org.ieum.centers;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoursExceptionRepository extends JpaRepository<HoursException, Long> {

	@Query("select e from HoursException e where e.siteId = ?1 and e.endsOn >= ?2 order by e.startsOn, e.id")
	List<HoursException> findEndingOnOrAfter(Long siteId, LocalDate date);
}
