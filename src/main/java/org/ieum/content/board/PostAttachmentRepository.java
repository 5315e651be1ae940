package org.ieum.content.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostAttachmentRepository extends JpaRepository<PostAttachment, Long> {

	List<PostAttachment> findByPostIdOrderByPositionAscIdAsc(long postId);

	int countByPostId(long postId);
}
