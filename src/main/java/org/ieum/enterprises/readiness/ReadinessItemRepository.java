package org.ieum.enterprises.readiness;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessItemRepository extends JpaRepository<ReadinessItem, Long> {

	List<ReadinessItem> findByOrganizationIdOrderByIdAsc(long organizationId);

	Optional<ReadinessItem> findByOrganizationIdAndRequirement(long organizationId, Requirement requirement);

	boolean existsByOrganizationIdAndTrack(long organizationId, Track track);
}
