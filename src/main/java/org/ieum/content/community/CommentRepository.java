package org.ieum.content.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByPostIdOrderByIdAsc(long postId);

	List<Comment> findByAccountId(long accountId);
}
