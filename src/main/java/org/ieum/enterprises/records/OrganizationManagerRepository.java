package org.ieum.enterprises.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationManagerRepository extends JpaRepository<OrganizationManager, Long> {

	boolean existsByOrganizationIdAndAccountId(long organizationId, long accountId);

	List<OrganizationManager> findByOrganizationIdOrderByIdAsc(long organizationId);

	List<OrganizationManager> findByAccountIdOrderByIdAsc(long accountId);
}
