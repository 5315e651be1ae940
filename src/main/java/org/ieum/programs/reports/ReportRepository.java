package org.ieum.programs.reports;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

	public List<Report> findByApplicationIdOrderByDueOnAscIdAsc(long applicationId);

	public List<Report> findByStatusAndReminderQueuedAtIsNullAndDueOnLessThanEqualOrderByIdAsc(ReportStatus status,
			LocalDate dueOnOrBefore);
}
