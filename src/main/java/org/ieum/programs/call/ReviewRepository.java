package org.ieum.programs.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

	public List<Review> findByApplicationIdOrderByIdAsc(long applicationId);

	public List<Review> findByApplicationIdIn(Collection<Long> applicationIds);

	public List<Review> findByReviewerAccountIdOrderByIdDesc(long accountId);

	public Optional<Review> findByApplicationIdAndReviewerAccountId(long applicationId, long accountId);

	public boolean existsByCallIdAndStatus(long callId, ReviewStatus status);
}
