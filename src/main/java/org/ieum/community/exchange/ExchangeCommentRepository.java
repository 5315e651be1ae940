package org.ieum.community.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExchangeCommentRepository extends JpaRepository<ExchangeComment, Long> {

	List<ExchangeComment> findByPostIdOrderByPostedAtAscIdAsc(long postId);

	long countByPostId(long postId);
}
