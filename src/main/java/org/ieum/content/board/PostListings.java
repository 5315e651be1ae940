package org.ieum.content.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

/**
 * The queries of a board's list for one viewer: the count, a page of lines, and the posts
 * before and after one post. Each statement names only the conditions the listing has (no
 * search words, no category, no other center's shared posts, a staff member or not), so the
 * database walks the board's index in list order and stops at the page instead of reading and
 * sorting every post of the board; a line reads only the columns a list shows.
 * <p>
 * Same rule as {@link PostRepository#LISTED}: the board's own posts and those a center above
 * shared into this center's board of that kind, published now and not hidden; private
 * questions only for their asker and staff; a category; words in the title or text.
 */
@Component
public class PostListings {

	private final EntityManager entities;

	PostListings(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The filter of one board's list for one viewer (blank query and category: none);
	 * {@code shared}: whether a center above shared any post into this center's boards of its kind.
	 */
	public record Filter(Board board, Instant now, boolean staff, long viewer, String query, String category, boolean shared) {

		String pattern() {
			String escaped = query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
			return "%" + escaped + "%";
		}
	}

	/**
	 * A line of a list as read from the database; {@code bodyHtml} only for FAQ boards; {@code imageId} the
	 * post's first attached image (a gallery's thumbnail), {@code hasFile} whether anything else is attached.
	 */
	public record Line(long id, long boardId, long centerId, String title, String category, boolean pinned, Instant publishFrom,
			long viewCount, boolean privatePost, boolean answered, String bodyHtml, Long imageId, boolean hasFile) {
	}

	/** A post next to another: its number and title. */
	public record Near(long id, String title) {
	}

	/** The filter for one viewer; asks once whether other centers' shared posts belong in the list. */
	public Filter filter(Board board, Instant now, boolean staff, long viewer, String query, String category) {
		return new Filter(board, now, staff, viewer, query, category, sharedInto(board));
	}

	/**
	 * How many posts the list has. The plain list of a visitor or member (no words, no category,
	 * no shared posts) starts from the board's kept number of listed posts ({@link BoardCounts})
	 * and takes off the few posts outside their publishing period, found by range on the board's
	 * indexes, and adds a member's own private questions; anything else is counted in full.
	 */
	public long count(Filter filter) {
		if (!filter.staff() && filter.query().isEmpty() && filter.category().isEmpty() && !filter.shared()) {
			return keptCount(filter);
		}
		Where where = where(filter);
		TypedQuery<Long> query = entities.createQuery("select count(p) from Post p where " + where.text, Long.class);
		where.parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/**
	 * One statement: the kept number, less the posts not yet or no longer published (each condition
	 * alone, so that each count walks only its own few posts of an index; those both not yet and no
	 * longer published are added back once), plus the viewer's own private questions.
	 */
	private long keptCount(Filter filter) {
		String visible = "p.board_id = b.id and p.hidden = false and p.private_post = false";
		Number count = (Number) entities.createNativeQuery("select b.listed_posts"
				+ " - (select count(*) from content_post p where " + visible + " and p.publish_from > :now)"
				+ " - (select count(*) from content_post p where " + visible + " and p.publish_until <= :now)"
				+ " + (select count(*) from content_post p where " + visible
				+ " and p.publish_from > :now and p.publish_until <= :now)"
				+ " + (select count(*) from content_post p where p.asker_account_id = :viewer and p.board_id = b.id"
				+ " and p.private_post = true and p.hidden = false and p.publish_from <= :now"
				+ " and (p.publish_until is null or p.publish_until > :now))"
				+ " from content_board b where b.id = :board")
			.setParameter("board", filter.board().getId())
			.setParameter("now", filter.now())
			.setParameter("viewer", filter.viewer())
			.getSingleResult();
		return count.longValue();
	}

	/**
	 * Pinned posts first, then the newest; {@code offset} lines skipped. First the numbers of the
	 * page's posts, decided from the board's index alone (a deep page skips thousands of posts
	 * without reading their rows), then those few posts' columns.
	 */
	public List<Line> page(Filter filter, long offset, int size) {
		Where where = where(filter);
		String order = where.oneBoard ? " order by p.boardId, p.pinned desc, p.publishFrom desc, p.id desc"
				: " order by p.pinned desc, p.publishFrom desc, p.id desc";
		TypedQuery<Long> numbers = entities.createQuery("select p.id from Post p where " + where.text + order, Long.class);
		where.parameters.forEach(numbers::setParameter);
		List<Long> ids = numbers.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE)).setMaxResults(size).getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		boolean faq = filter.board().getKind() == BoardKind.FAQ;
		Map<Long, Line> byId = new HashMap<>();
		// the attachments the list marks come with the posts' columns: no second look-up per page
		for (Object[] row : entities.createQuery("select p.id, p.boardId, p.centerId, p.title, p.category, p.pinned,"
				+ " p.publishFrom, p.viewCount, p.privatePost, case when p.answerHtml is null then false else true end,"
				+ " (select min(a.id) from PostAttachment a where a.postId = p.id and a.contentType like 'image/%'),"
				+ " case when exists (select 1 from PostAttachment f where f.postId = p.id and f.contentType not like 'image/%')"
				+ " then true else false end"
				+ (faq ? ", p.bodyHtml" : "") + " from Post p where p.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultList()) {
			byId.put((Long) row[0], new Line((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3], (String) row[4],
					(Boolean) row[5], (Instant) row[6], (Long) row[7], (Boolean) row[8], (Boolean) row[9],
					faq ? (String) row[12] : null, (Long) row[10], (Boolean) row[11]));
		}
		List<Line> lines = new ArrayList<>();
		for (Long id : ids) {
			Line line = byId.get(id);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The next older post in the listing (the previous one on the page a visitor reads down). */
	public Optional<Near> older(Filter filter, Instant publishFrom, long id) {
		// one upper bound on the start of publishing, the tighter one: given two, the database may
		// start its walk of the index at the looser one and read every newer post of the board first
		Where where = where(filter, publishFrom.isBefore(filter.now()) ? publishFrom : filter.now());
		return near(where, " and (p.publishFrom < :from or p.id < :id)",
				where.oneBoard ? " order by p.boardId, p.publishFrom desc, p.id desc" : " order by p.publishFrom desc, p.id desc",
				publishFrom, id);
	}

	/** The next newer post in the listing. */
	public Optional<Near> newer(Filter filter, Instant publishFrom, long id) {
		Where where = where(filter, filter.now());
		// the same index read backwards: every direction of the order turned round
		return near(where, " and p.publishFrom >= :from and (p.publishFrom > :from or p.id > :id)",
				where.oneBoard ? " order by p.boardId desc, p.publishFrom asc, p.id asc" : " order by p.publishFrom asc, p.id asc",
				publishFrom, id);
	}

	private Optional<Near> near(Where where, String beyond, String order, Instant publishFrom, long id) {
		TypedQuery<Object[]> query = entities.createQuery("select p.id, p.title from Post p where " + where.text + beyond + order,
				Object[].class);
		where.parameters.forEach(query::setParameter);
		query.setParameter("from", publishFrom).setParameter("id", id).setMaxResults(1);
		return query.getResultList().stream().findFirst().map(row -> new Near((Long) row[0], (String) row[1]));
	}

	private record Where(String text, Map<String, Object> parameters, boolean oneBoard) {
	}

	private Where where(Filter filter) {
		return where(filter, filter.now());
	}

	/** The listing's conditions, with {@code latestStart} as the latest start of publishing (now, or earlier). */
	private Where where(Filter filter, Instant latestStart) {
		Board board = filter.board();
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder text = new StringBuilder();
		parameters.put("boardId", board.getId());
		boolean shared = filter.shared();
		if (shared) {
			text.append("(p.boardId = :boardId or p.id in (select q.id from Post q join q.targets t")
				.append(" where t.centerId = :centerId and t.kind = :kind))");
			parameters.put("centerId", board.getCenterId());
			parameters.put("kind", board.getKind());
		}
		else {
			text.append("p.boardId = :boardId");
		}
		text.append(" and p.hidden = false and p.publishFrom <= :latestStart and (p.publishUntil is null or p.publishUntil > :now)");
		parameters.put("latestStart", latestStart);
		parameters.put("now", filter.now());
		if (!filter.staff()) {
			if (filter.viewer() < 0) {
				text.append(" and p.privatePost = false");
			}
			else {
				text.append(" and (p.privatePost = false or p.askerAccountId = :viewer)");
				parameters.put("viewer", filter.viewer());
			}
		}
		if (!filter.category().isEmpty()) {
			text.append(" and p.category = :category");
			parameters.put("category", filter.category());
		}
		if (!filter.query().isEmpty()) {
			text.append(" and (lower(p.title) like :pattern escape '!' or lower(p.bodyText) like :pattern escape '!')");
			parameters.put("pattern", filter.pattern());
		}
		return new Where(text.toString(), parameters, !shared);
	}

	/** Whether a center above shared any post into this center's boards of this kind. */
	private boolean sharedInto(Board board) {
		if (board.isNetwork()) {
			return false;
		}
		return !entities
			.createQuery("select t.kind from Post q join q.targets t where t.centerId = :centerId and t.kind = :kind",
					BoardKind.class)
			.setParameter("centerId", board.getCenterId())
			.setParameter("kind", board.getKind())
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}
}
