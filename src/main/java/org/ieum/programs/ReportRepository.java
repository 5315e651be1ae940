package org.ieum.programs;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	List<Report> findByApplicationIdOrderByDueOnAscIdAsc(long applicationId);

	List<Report> findByStatusAndReminderQueuedAtIsNullAndDueOnLessThanEqualOrderByIdAsc(ReportStatus status,
			LocalDate dueOnOrBefore);
}
