package org.ieum.enterprises.journey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRuleRepository extends JpaRepository<ObligationRule, Long> {

	List<ObligationRule> findByActiveTrueOrderByIdAsc();
}
