package org.ieum.content.policies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

	List<PolicyVersion> findByCenterIdAndKindOrderByVersionDesc(long centerId, PolicyKind kind);
}
