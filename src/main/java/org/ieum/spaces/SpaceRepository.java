package org.ieum.spaces;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpaceRepository extends JpaRepository<Space, Long> {

	List<Space> findByCenterIdOrderByName(long centerId);

	List<Space> findByCenterIdAndActiveTrueOrderByName(long centerId);

	List<Space> findByCenterIdInOrderByCenterIdAscNameAsc(Collection<Long> centerIds);
}
