package org.ieum.centers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WeeklyHoursRepository extends JpaRepository<WeeklyHours, Long> {

	List<WeeklyHours> findBySiteIdOrderByDayOfWeek(Long siteId);

	Optional<WeeklyHours> findBySiteIdAndDayOfWeek(Long siteId, int dayOfWeek);
}
