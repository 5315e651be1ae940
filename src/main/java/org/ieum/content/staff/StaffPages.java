package org.ieum.content.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.PostAttachment;
import org.ieum.content.board.PostAttachmentRepository;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostPages;
import org.ieum.content.board.PostRepository;
import org.ieum.shared.Seoul;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff pages of boards and posts show, assembled without entities. */
@Service
@Transactional(readOnly = true)
public class StaffPages {

	private static final int POSTS_SHOWN = 100;

	private final Boards boards;
	private final Posts posts;
	private final BoardRepository boardRepository;
	private final PostRepository postRepository;
	private final PostAttachmentRepository attachments;
	private final CentersApi centers;
	private final Clock clock;

	StaffPages(Boards boards, Posts posts, BoardRepository boardRepository, PostRepository postRepository,
			PostAttachmentRepository attachments, CentersApi centers, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.boardRepository = boardRepository;
		this.postRepository = postRepository;
		this.attachments = attachments;
		this.centers = centers;
		this.clock = clock;
	}

	public record BoardRow(long id, String slug, BoardKind kind, String name, boolean enabled, long posts,
			String publicHref) {
	}

	public record BoardSettings(long id, long centerId, String slug, BoardKind kind, String name, String description,
			String categories, List<String> categoryList, boolean enabled, String publicHref, List<PostLine> posts,
			List<CenterSummary> below) {
	}

	/** A post in the staff list; {@code state} is published, scheduled, ended or hidden. */
	public record PostLine(long id, String title, LocalDate date, String state, boolean pinned, long views,
			boolean question, boolean answered) {
	}

	public record AttachmentLine(long id, String name, String href, boolean image, long sizeKb) {
	}

	public record PostEdit(long id, long boardId, String publicHref, List<AttachmentLine> attachments,
			boolean question, String answerHtml) {
	}

	public List<BoardRow> boardsOf(long centerId) {
		String slug = centerSlug(centerId);
		return boards.of(centerId).stream()
			.map(b -> new BoardRow(b.getId(), b.getSlug(), b.getKind(), b.getName(), b.isEnabled(),
					postRepository.countByBoardId(b.getId()), PostPages.boardPath(slug, b.getSlug())))
			.toList();
	}

	public BoardSettings settings(long boardId) {
		Board board = boards.toManage(boardId);
		Instant now = clock.instant();
		List<PostLine> lines = postRepository
			.findByBoardIdOrderByPinnedDescPublishFromDescIdDesc(boardId, PageRequest.of(0, POSTS_SHOWN))
			.stream()
			.map(p -> new PostLine(p.getId(), p.getTitle(), Seoul.at(p.getPublishFrom()).toLocalDate(), state(p, now),
					p.isPinned(), p.getViewCount(), p.getAskerAccountId() != null, p.getAnswerHtml() != null))
			.toList();
		Set<Long> tree = board.isNetwork() || !board.getKind().crossPostable() ? Set.of()
				: centers.centerAndDescendantIds(board.getCenterId());
		List<CenterSummary> below = centers.all().stream()
			.filter(c -> c.id() != board.getCenterId() && tree.contains(c.id()))
			.toList();
		return new BoardSettings(board.getId(), board.getCenterId(), board.getSlug(), board.getKind(), board.getName(),
				board.getDescription(), String.join("\n", board.getCategories()), board.getCategories(), board.isEnabled(),
				PostPages.boardPath(centerSlug(board.getCenterId()), board.getSlug()), lines, below);
	}

	public PostEdit edit(long postId) {
		Post post = posts.toManage(postId);
		Board board = boardRepository.findById(post.getBoardId()).orElseThrow();
		List<AttachmentLine> files = attachments.findByPostIdOrderByPositionAscIdAsc(postId).stream()
			.map(StaffPages::line)
			.toList();
		return new PostEdit(post.getId(), board.getId(),
				PostPages.boardPath(centerSlug(board.getCenterId()), board.getSlug()) + "/" + post.getId(), files,
				post.getAskerAccountId() != null, post.getAnswerHtml());
	}

	/** The form filled with the post as it is. */
	public PostForm formOf(long postId) {
		Post post = posts.toManage(postId);
		PostForm form = new PostForm();
		form.setTitle(post.getTitle());
		form.setBody(post.getBodyHtml());
		form.setCategory(post.getCategory());
		form.setPinned(post.isPinned());
		form.setPublishFrom(LocalDateTime.ofInstant(post.getPublishFrom(), Seoul.ZONE));
		form.setPublishUntil(post.getPublishUntil() == null ? null : LocalDateTime.ofInstant(post.getPublishUntil(), Seoul.ZONE));
		form.setShowAuthor(post.getAuthorName() != null && post.getAskerAccountId() == null);
		form.setVideoUrl(post.getVideoUrl());
		form.setShareWith(List.copyOf(post.getTargetCenterIds()));
		return form;
	}

	public PostForm blankForm() {
		PostForm form = new PostForm();
		form.setPublishFrom(LocalDateTime.now(clock.withZone(Seoul.ZONE)).withSecond(0).withNano(0));
		return form;
	}

	private static AttachmentLine line(PostAttachment a) {
		return new AttachmentLine(a.getId(), a.getFileName(), "/content/files/" + a.getId(), a.isImage(),
				Math.max(1, (a.getSizeBytes() + 1023) / 1024));
	}

	private static String state(Post post, Instant now) {
		if (post.isHidden()) {
			return "hidden";
		}
		if (post.getPublishFrom().isAfter(now)) {
			return "scheduled";
		}
		return post.getPublishUntil() != null && !post.getPublishUntil().isAfter(now) ? "ended" : "published";
	}

	private String centerSlug(long centerId) {
		return centerId == Board.NETWORK ? null : centers.findById(centerId).map(CenterSummary::slug).orElse(null);
	}
}
