package org.ieum.programs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByApplicationIdOrderByIdAsc(long applicationId);

	List<Review> findByApplicationIdIn(Collection<Long> applicationIds);

	List<Review> findByReviewerAccountIdOrderByIdDesc(long accountId);

	Optional<Review> findByApplicationIdAndReviewerAccountId(long applicationId, long accountId);

	boolean existsByCallIdAndStatus(long callId, ReviewStatus status);
}
