package org.ieum.content.qna;

import java.util.Optional;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardViews.Section;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostSections;
import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** On their own question, until it is answered, the asker finds how to change or withdraw it. */
@Component
class OwnQuestionSection implements PostSections {

	record OwnQuestion(String editHref, String withdrawAction) {
	}

	@Override
	public Optional<Section> sectionFor(Board board, Post post, String postHref, CurrentUser viewer) {
		if (board.getKind() != BoardKind.QNA || viewer == null || post.getAskerAccountId() == null
				|| post.getAskerAccountId() != viewer.accountId() || post.getAnswerHtml() != null || post.isHidden()
				|| post.getBoardId() != board.getId()) {
			return Optional.empty();
		}
		return Optional.of(new Section("content/qna-own", new OwnQuestion(postHref + "/question", postHref + "/withdraw")));
	}
}
