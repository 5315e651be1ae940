package org.ieum.consulting.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PoolAgreementRepository extends JpaRepository<PoolAgreement, Long> {

	List<PoolAgreement> findByPartnerCenterId(long partnerCenterId);

	List<PoolAgreement> findByOwnerCenterIdOrPartnerCenterIdOrderByValidFromDescIdDesc(long owner, long partner);
}
