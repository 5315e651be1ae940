package org.ieum.governance.assessments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByCenterIdAndYearOrderByIdAsc(long centerId, int year);
}
