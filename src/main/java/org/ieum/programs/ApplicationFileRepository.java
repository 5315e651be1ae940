package org.ieum.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	List<ApplicationFile> findByApplicationIdAndReportIdIsNullOrderByIdAsc(long applicationId);

	List<ApplicationFile> findByReportIdOrderByIdAsc(long reportId);
}
