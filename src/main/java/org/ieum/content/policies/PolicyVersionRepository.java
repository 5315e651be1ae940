package org.ieum.content.policies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

	List<PolicyVersion> findByKindOrderByVersionDesc(PolicyKind kind);

	Optional<PolicyVersion> findByKindAndVersion(PolicyKind kind, int version);
}
