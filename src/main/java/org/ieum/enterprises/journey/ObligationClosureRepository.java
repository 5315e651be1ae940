package org.ieum.enterprises.journey;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationClosureRepository extends JpaRepository<ObligationClosure, Long> {

	boolean existsByObligationKey(String key);

	List<ObligationClosure> findByDesignationIdIn(Collection<Long> designationIds);
}
