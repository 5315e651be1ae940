package org.ieum.content.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PostRepository extends JpaRepository<Post, Long> {

	/**
	 * What a board's feed shows (the list itself: {@link PostListings}, which writes only the
	 * conditions a listing has): its own posts and those a center above shared into this
	 * center's board of that kind, published now and not hidden; private questions only for
	 * their asker and staff; optionally a category and words in the title or text ({@code !}
	 * escapes the pattern's own %, _ and !, the same on H2 and PostgreSQL).
	 */
	String LISTED = """
			from Post p where (p.boardId = :boardId or p.id in (select q.id from Post q join q.targets t
			    where t.centerId = :centerId and t.kind = :kind))
			  and p.hidden = false and p.publishFrom <= :now and (p.publishUntil is null or p.publishUntil > :now)
			  and (p.privatePost = false or :staff = true or p.askerAccountId = :viewer)
			  and (:category = '' or p.category = :category)
			  and (:pattern = '' or lower(p.title) like :pattern escape '!' or lower(p.bodyText) like :pattern escape '!')
			""";

	@Query("select p " + LISTED + " order by p.publishFrom desc, p.id desc")
	List<Post> newestListed(@Param("boardId") long boardId, @Param("centerId") long centerId,
			@Param("kind") BoardKind kind, @Param("now") Instant now, @Param("staff") boolean staff,
			@Param("viewer") long viewer, @Param("category") String category, @Param("pattern") String pattern,
			Pageable page);

	/** Every post of a board for its staff, newest first, whatever its period. */
	List<Post> findByBoardIdOrderByPinnedDescPublishFromDescIdDesc(long boardId, Pageable page);

	long countByBoardId(long boardId);

	/** The newest public posts of syndicated boards of every center, for the network's 새 소식. */
	@Query("""
			select p from Post p, Board b where b.id = p.boardId and b.enabled = true and b.kind in :kinds
			  and p.hidden = false and p.privatePost = false and p.publishFrom <= :now
			  and (p.publishUntil is null or p.publishUntil > :now)
			order by p.publishFrom desc, p.id desc""")
	List<Post> newestPublic(@Param("kinds") Collection<BoardKind> kinds, @Param("now") Instant now, Pageable page);

	/** Published public posts of enabled boards, for the sitemap. */
	@Query("""
			select p from Post p, Board b where b.id = p.boardId and b.enabled = true and b.kind <> :qna
			  and p.hidden = false and p.privatePost = false and p.publishFrom <= :now
			  and (p.publishUntil is null or p.publishUntil > :now)
			order by p.id""")
	List<Post> sitemap(@Param("qna") BoardKind qna, @Param("now") Instant now, Pageable page);

	List<Post> findByAskerAccountId(long accountId);

	List<Post> findByAuthorAccountId(long accountId);

	/** Adds views counted in memory since the last flush, in one statement per post. */
	@Modifying
	@Query("update Post p set p.viewCount = p.viewCount + :views where p.id = :id")
	int addViews(@Param("id") long id, @Param("views") long views);
}
