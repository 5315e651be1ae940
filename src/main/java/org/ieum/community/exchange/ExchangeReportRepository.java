package org.ieum.community.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangeReportRepository extends JpaRepository<ExchangeReport, Long> {

	boolean existsByPostIdAndReporterAccountId(long postId, long reporterAccountId);

	List<ExchangeReport> findByPostIdAndStatus(long postId, ExchangeReport.Status status);

	/** The reports of the center's posts that staff have not decided yet, oldest first. */
	@Query("select r from ExchangeReport r where r.status = :status and r.postId in"
			+ " (select p.id from ExchangePost p where p.centerId = :centerId) order by r.reportedAt asc, r.id asc")
	List<ExchangeReport> findOfCenter(@Param("centerId") long centerId, @Param("status") ExchangeReport.Status status);
}
