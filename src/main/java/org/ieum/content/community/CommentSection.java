package org.ieum.content.community;

import java.util.List;
import java.util.Optional;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardViews.Section;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostSections;
import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Under a post of a member board: its comments, the comment form and the report forms. */
@Component
class CommentSection implements PostSections {

	private final Community community;

	CommentSection(Community community) {
		this.community = community;
	}

	record Comments(long postId, String postHref, List<Community.CommentView> comments, boolean signedIn,
			boolean staff, boolean ownPost) {
	}

	@Override
	public Optional<Section> sectionFor(Board board, Post post, String postHref, CurrentUser viewer) {
		if (board.getKind() != BoardKind.FREE) {
			return Optional.empty();
		}
		boolean staff = viewer != null && viewer.isStaffOf(post.getCenterId());
		long viewerId = viewer == null ? -1 : viewer.accountId();
		boolean own = viewer != null && post.isWrittenBy(viewerId) && !post.isHidden();
		return Optional.of(new Section("content/comments", new Comments(post.getId(), postHref,
				community.commentsOf(post.getId(), staff, viewerId), viewer != null, staff, own)));
	}
}
