package org.ieum.enterprises.records;


import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ManagementClaimRepository extends JpaRepository<ManagementClaim, Long> {

	List<ManagementClaim> findByAccountIdOrderByCreatedAtDesc(long accountId);

	List<ManagementClaim> findByOrganizationId(long organizationId);

	boolean existsByOrganizationIdAndAccountIdAndStatus(long organizationId, long accountId,
			ManagementClaim.Status status);

	@Query("""
			select m from ManagementClaim m
			where m.status = org.ieum.enterprises.records.ManagementClaim.Status.PENDING
			  and exists (select o.id from Organization o join o.centerIds c
			              where o.id = m.organizationId and c in :centers)
			order by m.createdAt
			""")
	List<ManagementClaim> pendingFor(@Param("centers") Collection<Long> centerIds);
}
