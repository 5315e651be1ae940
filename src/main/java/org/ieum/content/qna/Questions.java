package org.ieum.content.qna;

import java.time.Clock;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1 문의: a signed-in person asks a center, private unless they choose otherwise; the
 * center's staff answer. The asker's name is shown masked (김**), never in full.
 */
@Service
@Transactional
public class Questions {

	static final int MAX_TITLE = 200;
	static final int MAX_BODY = 5000;

	private final BoardRepository boards;
	private final PostRepository posts;
	private final CentersApi centers;
	private final Clock clock;

	Questions(BoardRepository boards, PostRepository posts, CentersApi centers, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.centers = centers;
		this.clock = clock;
	}

	/** The 1:1 board of a portal, 404 unless it is one and switched on. */
	@Transactional(readOnly = true)
	public Board board(String centerSlug, String boardSlug) {
		long centerId = centerSlug == null ? Board.NETWORK
				: centers.findBySlug(centerSlug).map(CenterSummary::id).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		return boards.findByCenterIdAndSlug(centerId, boardSlug)
			.filter(b -> b.isEnabled() && b.getKind() == BoardKind.QNA)
			.orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
	}

	public Post ask(String centerSlug, String boardSlug, String title, String body, boolean privatePost, CurrentUser me) {
		Board board = board(centerSlug, boardSlug);
		String cleanTitle = title == null ? "" : title.strip();
		if (cleanTitle.isEmpty()) {
			throw new Refusal("content.error.titleRequired");
		}
		if (cleanTitle.length() > MAX_TITLE) {
			throw new Refusal("content.error.titleTooLong", MAX_TITLE);
		}
		if (body == null || body.isBlank()) {
			throw new Refusal("content.error.questionRequired");
		}
		if (body.length() > MAX_BODY) {
			throw new Refusal("content.error.questionTooLong", MAX_BODY);
		}
		Post question = Post.question(board, cleanTitle, RichText.plain(body), me.accountId(), privatePost,
				masked(me.displayName()), clock.instant());
		return posts.save(question);
	}

	/** The center's answer; staff of the question's center only. */
	public void answer(long postId, String body, CurrentUser me) {
		Post post = posts.findById(postId).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Authorities.requireCenterStaff(post.getCenterId());
		if (post.getAskerAccountId() == null) {
			throw new Refusal("content.error.notQuestion");
		}
		RichText.Body answer = RichText.of(body);
		if (answer.isEmpty()) {
			throw new Refusal("content.error.answerRequired");
		}
		post.answer(answer, me.accountId(), clock.instant());
	}

	/** The first character of a name and stars for the rest: enough to recognise one's own question. */
	static String masked(String name) {
		if (name == null || name.isBlank()) {
			return "***";
		}
		String clean = name.strip();
		int first = clean.offsetByCodePoints(0, 1);
		return clean.substring(0, first) + "*".repeat(Math.max(2, clean.codePointCount(first, clean.length())));
	}
}
