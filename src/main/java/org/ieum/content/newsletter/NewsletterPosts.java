package org.ieum.content.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.ieum.content.board.BoardKind;
import org.ieum.content.board.Post;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The public posts of a center that an issue may point to, with the address part of their board. */
interface NewsletterPosts extends Repository<Post, Long> {

	/** A post and the slug of its board. */
	record Found(Post post, String boardSlug) {
	}

	String PUBLIC = """
			from Post p, Board b where b.id = p.boardId and b.centerId = :centerId and b.enabled = true
			  and b.kind <> :qna and p.hidden = false and p.privatePost = false and p.publishFrom <= :now
			  and (p.publishUntil is null or p.publishUntil > :now)""";

	@Query("select new org.ieum.content.newsletter.NewsletterPosts$Found(p, b.slug) " + PUBLIC
			+ " order by p.publishFrom desc, p.id desc")
	List<Found> newestPublic(@Param("centerId") long centerId, @Param("qna") BoardKind qna, @Param("now") Instant now,
			Pageable page);

	@Query("select new org.ieum.content.newsletter.NewsletterPosts$Found(p, b.slug) " + PUBLIC
			+ " and p.id in :ids order by p.publishFrom desc, p.id desc")
	List<Found> publicAmong(@Param("centerId") long centerId, @Param("qna") BoardKind qna, @Param("now") Instant now,
			@Param("ids") Collection<Long> ids);
}
