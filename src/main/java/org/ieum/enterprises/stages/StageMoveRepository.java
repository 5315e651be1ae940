package org.ieum.enterprises.stages;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageMoveRepository extends JpaRepository<StageMove, Long> {

	List<StageMove> findByOrganizationIdOrderByMovedOnDescIdDesc(long organizationId);

	List<StageMove> findByOrganizationIdIn(java.util.Collection<Long> organizationIds);

	boolean existsByOrganizationId(long organizationId);
}
