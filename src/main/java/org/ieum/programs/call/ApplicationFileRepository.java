package org.ieum.programs.call;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	public List<ApplicationFile> findByApplicationIdAndReportIdIsNullOrderByIdAsc(long applicationId);

	public List<ApplicationFile> findByReportIdOrderByIdAsc(long reportId);
}
