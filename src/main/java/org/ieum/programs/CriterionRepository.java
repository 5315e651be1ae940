package org.ieum.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

	List<Criterion> findByCallIdOrderBySortOrderAscIdAsc(long callId);
}
