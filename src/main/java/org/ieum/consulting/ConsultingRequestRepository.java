package org.ieum.consulting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultingRequestRepository extends JpaRepository<ConsultingRequest, Long> {

	List<ConsultingRequest> findByClientAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	List<ConsultingRequest> findByCenterIdInOrderByCreatedAtDescIdDesc(Collection<Long> centerIds);

	List<ConsultingRequest> findByExpertIdInOrderByCreatedAtDescIdDesc(Collection<Long> expertIds);

	List<ConsultingRequest> findByExpertIdIn(Collection<Long> expertIds);
}
