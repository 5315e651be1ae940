package org.ieum.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationManagerRepository extends JpaRepository<OrganizationManager, Long> {

	boolean existsByOrganizationIdAndAccountId(long organizationId, long accountId);

	List<OrganizationManager> findByOrganizationIdOrderByIdAsc(long organizationId);

	List<OrganizationManager> findByAccountIdOrderByIdAsc(long accountId);
}
