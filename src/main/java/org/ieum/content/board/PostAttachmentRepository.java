package org.ieum.content.board;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostAttachmentRepository extends JpaRepository<PostAttachment, Long> {

	List<PostAttachment> findByPostIdOrderByPositionAscIdAsc(long postId);

	List<PostAttachment> findByPostIdIn(Collection<Long> postIds);

	int countByPostId(long postId);
}
