package org.ieum.governance.partners;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MouActivityRepository extends JpaRepository<MouActivity, Long> {

	List<MouActivity> findByMouIdInOrderByHappenedOnDescIdDesc(Collection<Long> mouIds);
}
