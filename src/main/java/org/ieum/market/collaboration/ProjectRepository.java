package org.ieum.market.collaboration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	List<Project> findByCenterIdOrderByStartsOnDescIdDesc(long centerId);

	boolean existsBySourceApplicationId(long applicationId);

	/** Projects of these centers that ran some time between the two days. */
	@Query("select count(p) from Project p where p.centerId in :centers and p.status = 'ACTIVE'"
			+ " and p.startsOn <= :until and (p.endsOn is null or p.endsOn >= :from)")
	long countRunning(Collection<Long> centers, LocalDate from, LocalDate until);
}
