package org.ieum.centers;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

	List<Holiday> findByDateBetweenOrderByDateAscNameAsc(LocalDate from, LocalDate to);

	boolean existsByDateAndName(LocalDate date, String name);
}
