package org.ieum.community.groups;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SmallGroupRepository extends JpaRepository<SmallGroup, Long> {

	List<SmallGroup> findByCenterIdAndStatusOrderByNameAsc(long centerId, GroupStatus status);

	List<SmallGroup> findByCenterIdOrderByStatusAscProposedAtDesc(long centerId);

	List<SmallGroup> findByIdIn(Collection<Long> ids);

	long countByCenterIdInAndStatus(Collection<Long> centerIds, GroupStatus status);
}
