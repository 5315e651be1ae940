package org.ieum.market.collaboration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByProjectIdOrderByDueOnAscIdAsc(long projectId);

	List<Milestone> findByProjectIdIn(Collection<Long> projectIds);

	/** Milestones of these centers' projects past their due day and not done, on this Seoul day. */
	@Query("select count(m) from Milestone m, Project p where p.id = m.projectId and p.centerId in :centers"
			+ " and m.doneOn is null and m.dueOn < :today")
	long countOverdue(Collection<Long> centers, LocalDate today);
}
