package org.ieum.content.qna;

import java.util.Optional;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardViews.Section;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostSections;
import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** On a question's page, the center's staff find the answer form. */
@Component
class AnswerSection implements PostSections {

	record AnswerForm(long postId, String action, String back, String current, boolean answered) {
	}

	@Override
	public Optional<Section> sectionFor(Board board, Post post, String postHref, CurrentUser viewer) {
		if (board.getKind() != BoardKind.QNA || viewer == null || post.getAskerAccountId() == null
				|| !(viewer.isSystemAdmin() || viewer.isStaffOf(post.getCenterId()))) {
			return Optional.empty();
		}
		return Optional.of(new Section("content/qna-answer",
				new AnswerForm(post.getId(), "/admin/content/posts/" + post.getId() + "/answer", postHref,
						post.getAnswerHtml() == null ? "" : post.getAnswerHtml(), post.getAnswerHtml() != null)));
	}
}
