package org.ieum.content.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 자유게시판: members of the portal write posts and comments in plain text and report what
 * does not belong; the center's staff hide and restore posts and comments and close reports.
 */
@Service
@Transactional
public class Community {

	static final int MAX_TITLE = 200;
	static final int MAX_BODY = 10_000;
	static final int MAX_COMMENT = 1000;
	static final int MAX_REASON = 500;

	private final BoardRepository boards;
	private final PostRepository posts;
	private final CommentRepository comments;
	private final ContentReportRepository reports;
	private final CentersApi centers;
	private final Clock clock;

	Community(BoardRepository boards, PostRepository posts, CommentRepository comments, ContentReportRepository reports,
			CentersApi centers, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.comments = comments;
		this.reports = reports;
		this.centers = centers;
		this.clock = clock;
	}

	record CommentView(long id, String author, String body, LocalDate date, boolean hidden, boolean own) {
	}

	record ReportLine(long id, long postId, String postTitle, long commentId, String comment, String reason,
			LocalDate date) {
	}

	@Transactional(readOnly = true)
	public Board board(String centerSlug, String boardSlug) {
		long centerId = centerSlug == null ? Board.NETWORK
				: centers.findBySlug(centerSlug).map(CenterSummary::id).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		return boards.findByCenterIdAndSlug(centerId, boardSlug)
			.filter(b -> b.isEnabled() && b.getKind() == BoardKind.FREE)
			.orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
	}

	public Post write(String centerSlug, String boardSlug, String title, String body, CurrentUser me) {
		Board board = board(centerSlug, boardSlug);
		String cleanTitle = checkedTitle(title);
		RichText.Body text = checkedBody(body);
		var now = clock.instant();
		return posts.save(new Post(board, new PostContent(cleanTitle, text, null, false, now, null,
				me.displayName(), null), me.accountId(), now));
	}

	/**
	 * A member's own post of this board, to change or delete: 404 when it is not there (or already
	 * deleted), 403 for someone else's post or one staff have hidden.
	 */
	@Transactional(readOnly = true)
	public Post ownPost(String centerSlug, String boardSlug, long postId, CurrentUser me) {
		Board board = board(centerSlug, boardSlug);
		Post post = posts.findById(postId)
			.filter(p -> p.getBoardId() == board.getId() && !p.isDeleted())
			.orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		if (me == null || !post.isWrittenBy(me.accountId())) {
			throw Refusal.forbidden("content.error.notYourPost");
		}
		if (post.isHidden()) {
			throw Refusal.forbidden("content.error.hiddenByStaff");
		}
		return post;
	}

	/** The writer changes their post, with the same checks and plain-text cleaning as a new one. */
	public void edit(String centerSlug, String boardSlug, long postId, String title, String body, CurrentUser me) {
		Post post = ownPost(centerSlug, boardSlug, postId, me);
		post.reviseText(checkedTitle(title), checkedBody(body), clock.instant());
	}

	/** The writer deletes their post after ticking the confirmation; its comments go with it. */
	public void delete(String centerSlug, String boardSlug, long postId, boolean confirmed, CurrentUser me) {
		Post post = ownPost(centerSlug, boardSlug, postId, me);
		if (!confirmed) {
			throw new Refusal("content.error.confirmDelete");
		}
		var now = clock.instant();
		post.deleteByWriter(now);
		comments.findByPostIdOrderByIdAsc(post.getId()).forEach(c -> c.delete(now));
	}

	private static String checkedTitle(String title) {
		String cleanTitle = title == null ? "" : title.strip();
		if (cleanTitle.isEmpty()) {
			throw new Refusal("content.error.titleRequired");
		}
		if (cleanTitle.length() > MAX_TITLE) {
			throw new Refusal("content.error.titleTooLong", MAX_TITLE);
		}
		return cleanTitle;
	}

	private static RichText.Body checkedBody(String body) {
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new Refusal("content.error.memberBody", MAX_BODY);
		}
		return RichText.plain(body);
	}

	public void comment(long postId, String body, CurrentUser me) {
		Post post = memberPost(postId);
		comments.save(new Comment(post.getId(), me.accountId(), me.displayName(), checkedComment(body), clock.instant()));
	}

	/** The writer changes their comment; not one staff have hidden. */
	public void editComment(long postId, long commentId, String body, CurrentUser me) {
		ownComment(postId, commentId, me).revise(checkedComment(body));
	}

	/** The writer deletes their comment after ticking the confirmation. */
	public void deleteComment(long postId, long commentId, boolean confirmed, CurrentUser me) {
		Comment comment = ownComment(postId, commentId, me);
		if (!confirmed) {
			throw new Refusal("content.error.confirmDelete");
		}
		comment.delete(clock.instant());
	}

	private Comment ownComment(long postId, long commentId, CurrentUser me) {
		Post post = memberPost(postId);
		Comment comment = comments.findById(commentId)
			.filter(c -> c.getPostId() == post.getId() && !c.isDeleted())
			.orElseThrow(() -> Refusal.notFound("content.error.noComment"));
		if (me == null || comment.getAccountId() != me.accountId()) {
			throw Refusal.forbidden("content.error.notYourComment");
		}
		if (comment.isHidden()) {
			throw Refusal.forbidden("content.error.hiddenByStaff");
		}
		return comment;
	}

	private static String checkedComment(String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			throw new Refusal("content.error.comment", MAX_COMMENT);
		}
		return text;
	}

	/** A report of the post ({@code commentId} 0) or of one of its comments; once per person. */
	public void report(long postId, long commentId, String reason, CurrentUser me) {
		Post post = memberPost(postId);
		if (commentId != ContentReport.POST_ITSELF
				&& comments.findById(commentId).filter(c -> c.getPostId() == post.getId()).isEmpty()) {
			throw Refusal.notFound("content.error.noComment");
		}
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new Refusal("content.error.reportReason", MAX_REASON);
		}
		if (reports.existsByPostIdAndCommentIdAndAccountId(postId, commentId, me.accountId())) {
			throw new Refusal("content.error.reportedAlready");
		}
		reports.save(new ContentReport(postId, commentId, me.accountId(), text, clock.instant()));
	}

	public void hideComment(long commentId, boolean hidden) {
		Comment comment = comments.findById(commentId).orElseThrow(() -> Refusal.notFound("content.error.noComment"));
		Post post = posts.findById(comment.getPostId()).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Authorities.requireCenterStaff(post.getCenterId());
		if (hidden) {
			comment.hide();
		}
		else {
			comment.restore();
		}
	}

	public void resolve(long reportId) {
		ContentReport report = reports.findById(reportId).orElseThrow(() -> Refusal.notFound("content.error.noReport"));
		Post post = posts.findById(report.getPostId()).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Authorities.requireCenterStaff(post.getCenterId());
		report.resolve();
	}

	/** The comments of a post: hidden ones only for staff, marked; deleted ones for nobody. */
	@Transactional(readOnly = true)
	public List<CommentView> commentsOf(long postId, boolean staff, long viewerId) {
		return comments.findByPostIdOrderByIdAsc(postId).stream()
			.filter(c -> !c.isDeleted() && (staff || !c.isHidden()))
			.map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getBody(), Seoul.at(c.getCreatedAt()).toLocalDate(),
					c.isHidden(), c.getAccountId() != 0 && c.getAccountId() == viewerId))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ReportLine> openReports(Collection<Long> centerIds) {
		centerIds.forEach(Authorities::requireCenterStaff);
		List<ContentReport> open = reports.openFor(centerIds);
		Map<Long, Post> byId = posts.findAllById(open.stream().map(ContentReport::getPostId).distinct().toList()).stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		return open.stream().map(r -> new ReportLine(r.getId(), r.getPostId(), byId.get(r.getPostId()).getTitle(),
				r.getCommentId(), r.getCommentId() == ContentReport.POST_ITSELF ? null
						: comments.findById(r.getCommentId()).map(Comment::getBody).orElse(null),
				r.getReason(), Seoul.at(r.getCreatedAt()).toLocalDate()))
			.toList();
	}

	private Post memberPost(long postId) {
		Post post = posts.findById(postId).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Board board = boards.findById(post.getBoardId()).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		if (board.getKind() != BoardKind.FREE || !board.isEnabled() || !post.isPublishedAt(clock.instant())) {
			throw Refusal.notFound("content.error.noPost");
		}
		return post;
	}
}
