package org.ieum.content.pages;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRowRepository extends JpaRepository<HistoryRow, Long> {

	List<HistoryRow> findByCenterIdOrderByYearDescMonthDescIdAsc(long centerId);
}
