package org.ieum.governance.partners;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

	List<Partner> findByCenterIdOrderByNameAscIdAsc(long centerId);
}
