package org.ieum.market.procurement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuyerRepository extends JpaRepository<Buyer, Long> {

	List<Buyer> findByCenterIdInOrderByNameAscIdAsc(Collection<Long> centerIds);

	boolean existsByCenterIdAndName(long centerId, String name);

	boolean existsByCenterIdAndNameAndIdNot(long centerId, String name, long id);
}
