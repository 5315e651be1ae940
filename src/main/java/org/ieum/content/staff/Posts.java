package org.ieum.content.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.ContentFiles;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostAttachment;
import org.ieum.content.board.PostAttachmentRepository;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write, revise and delete the posts of their center's boards, with attachments and,
 * for a center with centers under it, the portals below that also show a post. Every check
 * runs before anything is stored, so a refused post changes nothing.
 */
@Service
@Transactional
public class Posts {

	static final int MAX_TITLE = 200;
	static final int MAX_ATTACHMENTS = 10;
	private static final Pattern VIDEO = Pattern.compile("https?://[^\\s<>\"]{1,490}");

	private final BoardRepository boards;
	private final PostRepository posts;
	private final PostAttachmentRepository attachments;
	private final ContentFiles files;
	private final CentersApi centers;
	private final Clock clock;

	Posts(BoardRepository boards, PostRepository posts, PostAttachmentRepository attachments, ContentFiles files,
			CentersApi centers, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.attachments = attachments;
		this.files = files;
		this.centers = centers;
		this.clock = clock;
	}

	public Post write(long boardId, PostDraft draft, List<Upload> uploads, CurrentUser me) {
		Board board = board(boardId);
		Instant now = clock.instant();
		PostContent content = content(board, draft, me, now);
		Set<Long> targets = targets(board, draft.shareWith());
		checkCount(uploads.size());
		Post post = posts.save(new Post(board, content, me.accountId(), now));
		post.shareWith(targets, board.getKind());
		attach(post, uploads, 0, now);
		return post;
	}

	public void revise(long postId, PostDraft draft, List<Upload> uploads, List<Long> removeAttachments, CurrentUser me) {
		Post post = toManage(postId);
		Board board = board(post.getBoardId());
		Instant now = clock.instant();
		PostContent content = content(board, draft, me, now);
		Set<Long> targets = targets(board, draft.shareWith());
		List<PostAttachment> current = attachments.findByPostIdOrderByPositionAscIdAsc(postId);
		List<PostAttachment> removed = current.stream().filter(a -> removeAttachments.contains(a.getId())).toList();
		checkCount(current.size() - removed.size() + uploads.size());
		post.revise(content, now);
		post.shareWith(targets, board.getKind());
		for (PostAttachment attachment : removed) {
			attachments.delete(attachment);
			files.deleteAfterCommit(attachment.getStoredFile());
		}
		attach(post, uploads, current.size(), now);
	}

	public void delete(long postId) {
		Post post = toManage(postId);
		for (PostAttachment attachment : attachments.findByPostIdOrderByPositionAscIdAsc(postId)) {
			files.deleteAfterCommit(attachment.getStoredFile());
			attachments.delete(attachment);
		}
		posts.delete(post);
	}

	/** Staff take a member's post out of sight, or show it again. */
	public void hide(long postId, boolean hidden) {
		Post post = toManage(postId);
		if (hidden) {
			post.hide();
		}
		else {
			if (post.isDeleted()) {
				throw new Refusal("content.error.deletedByWriter");
			}
			post.restore();
		}
	}

	@Transactional(readOnly = true)
	public Post toManage(long postId) {
		Post post = posts.findById(postId).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Boards.requireManager(post.getCenterId());
		return post;
	}

	private Board board(long boardId) {
		Board board = boards.findById(boardId).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		Boards.requireManager(board.getCenterId());
		return board;
	}

	private PostContent content(Board board, PostDraft draft, CurrentUser me, Instant now) {
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty()) {
			throw new Refusal("content.error.titleRequired");
		}
		if (title.length() > MAX_TITLE) {
			throw new Refusal("content.error.titleTooLong", MAX_TITLE);
		}
		RichText.Body body = RichText.of(draft.body());
		if (body.html().length() > 200_000) {
			throw new Refusal("content.error.bodyTooLong");
		}
		String category = draft.category() == null || draft.category().isBlank() ? null : draft.category().strip();
		if (category != null && !board.getCategories().contains(category)) {
			throw new Refusal("content.error.category");
		}
		Instant from = draft.publishFrom() == null ? now : draft.publishFrom().atZone(Seoul.ZONE).toInstant();
		Instant until = draft.publishUntil() == null ? null : draft.publishUntil().atZone(Seoul.ZONE).toInstant();
		if (until != null && !until.isAfter(from)) {
			throw new Refusal("content.error.period");
		}
		String video = draft.videoUrl() == null || draft.videoUrl().isBlank() ? null : draft.videoUrl().strip();
		if (video != null && !VIDEO.matcher(video).matches()) {
			throw new Refusal("content.error.videoUrl");
		}
		String author = draft.showAuthor() ? me.displayName() : null;
		return new PostContent(title, body, category, draft.pinned(), from, until, author, video);
	}

	/** Only centers under the writing center, and only for notices, press releases and resources. */
	private Set<Long> targets(Board board, List<Long> requested) {
		if (requested == null || requested.isEmpty()) {
			return Set.of();
		}
		if (!board.getKind().crossPostable() || board.isNetwork()) {
			throw new Refusal("content.error.shareKind");
		}
		Set<Long> below = new HashSet<>(centers.centerAndDescendantIds(board.getCenterId()));
		below.remove(board.getCenterId());
		if (!below.containsAll(requested)) {
			throw new Refusal("content.error.shareTarget");
		}
		return new HashSet<>(requested);
	}

	private void checkCount(int count) {
		if (count > MAX_ATTACHMENTS) {
			throw new Refusal("content.error.tooManyFiles", MAX_ATTACHMENTS);
		}
	}

	private void attach(Post post, List<Upload> uploads, int position, Instant now) {
		int at = position;
		for (Upload upload : uploads) {
			ContentFiles.Checked checked = files.store(upload.name(), upload.bytes());
			attachments.save(new PostAttachment(post.getId(), checked, ++at, now));
		}
	}
}
