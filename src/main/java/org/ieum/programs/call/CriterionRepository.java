package org.ieum.programs.call;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

	public List<Criterion> findByCallIdOrderBySortOrderAscIdAsc(long callId);
}
