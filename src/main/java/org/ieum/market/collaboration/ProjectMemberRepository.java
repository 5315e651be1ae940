package org.ieum.market.collaboration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

	List<ProjectMember> findByProjectIdOrderByRoleAscIdAsc(long projectId);

	List<ProjectMember> findByProjectIdIn(Collection<Long> projectIds);

	List<ProjectMember> findByOrganizationIdIn(Collection<Long> organizationIds);

	boolean existsByProjectIdAndOrganizationId(long projectId, long organizationId);

	boolean existsByProjectIdAndOrganizationIdIn(long projectId, Collection<Long> organizationIds);

	/** The organizations (leads and partners) of these centers' projects that ran some time between the two days. */
	@Query("select count(m) from ProjectMember m, Project p where p.id = m.projectId and p.centerId in :centers"
			+ " and p.status = 'ACTIVE' and p.startsOn <= :until and (p.endsOn is null or p.endsOn >= :from)")
	long countRunning(Collection<Long> centers, LocalDate from, LocalDate until);
}
