package org.ieum.governance.councils;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, Long> {

	List<Council> findByCenterIdOrderByNameAscIdAsc(long centerId);

	List<Council> findByCenterIdInOrderByNameAscIdAsc(Collection<Long> centerIds);
}
