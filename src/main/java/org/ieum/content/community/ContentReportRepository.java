package org.ieum.content.community;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContentReportRepository extends JpaRepository<ContentReport, Long> {

	void deleteByAccountId(long accountId);

	boolean existsByPostIdAndCommentIdAndAccountId(long postId, long commentId, long accountId);

	/** Open reports about posts of these centers, oldest first. */
	@Query("""
			select r from ContentReport r, Post p where p.id = r.postId and p.centerId in :centers and r.resolved = false
			order by r.id""")
	List<ContentReport> openFor(@Param("centers") Collection<Long> centers);
}
