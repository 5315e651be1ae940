package org.ieum.content.qna;

import java.time.Clock;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostPages;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
	private final IdentityApi identity;
	private final Notifier notifier;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	Questions(BoardRepository boards, PostRepository posts, CentersApi centers, IdentityApi identity, Notifier notifier,
			MessageSource messages, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.boards = boards;
		this.posts = posts;
		this.centers = centers;
		this.identity = identity;
		this.notifier = notifier;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
		String cleanTitle = checkedTitle(title);
		RichText.Body text = checkedBody(body);
		Post question = Post.question(board, cleanTitle, text, me.accountId(), privatePost, masked(me.displayName()),
				clock.instant());
		return posts.save(question);
	}

	/**
	 * The asker's own question of this board, to change or withdraw: 404 when it is not there (or
	 * withdrawn), 403 for someone else's, one staff have hidden, or one already answered.
	 */
	@Transactional(readOnly = true)
	public Post ownQuestion(String centerSlug, String boardSlug, long postId, CurrentUser me) {
		Board board = board(centerSlug, boardSlug);
		Post post = posts.findById(postId)
			.filter(p -> p.getBoardId() == board.getId() && !p.isDeleted() && p.getAskerAccountId() != null)
			.orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		if (me == null || post.getAskerAccountId() != me.accountId()) {
			throw Refusal.forbidden("content.error.notYourQuestion");
		}
		if (post.isHidden()) {
			throw Refusal.forbidden("content.error.hiddenByStaff");
		}
		if (post.getAnswerHtml() != null) {
			throw Refusal.forbidden("content.error.questionAnswered");
		}
		return post;
	}

	/** The asker changes their unanswered question, with the same checks as asking. */
	public void revise(String centerSlug, String boardSlug, long postId, String title, String body, CurrentUser me) {
		Post post = ownQuestion(centerSlug, boardSlug, postId, me);
		post.reviseText(checkedTitle(title), checkedBody(body), clock.instant());
	}

	/** The asker withdraws their unanswered question once they ticked the confirmation. */
	public void withdraw(String centerSlug, String boardSlug, long postId, boolean confirmed, CurrentUser me) {
		Post post = ownQuestion(centerSlug, boardSlug, postId, me);
		if (!confirmed) {
			throw new Refusal("content.error.confirmWithdraw");
		}
		post.deleteByWriter(clock.instant());
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
		if (body == null || body.isBlank()) {
			throw new Refusal("content.error.questionRequired");
		}
		if (body.length() > MAX_BODY) {
			throw new Refusal("content.error.questionTooLong", MAX_BODY);
		}
		return RichText.plain(body);
	}

	/**
	 * The center's answer; staff of the question's center only. The asker is told by mail of the
	 * first answer, and of a changed one only when staff ask for it ({@code notifyAgain}).
	 */
	public void answer(long postId, String body, boolean notifyAgain, CurrentUser me) {
		Post post = posts.findById(postId).orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		Authorities.requireCenterStaff(post.getCenterId());
		if (post.getAskerAccountId() == null) {
			throw new Refusal("content.error.notQuestion");
		}
		RichText.Body answer = RichText.of(body);
		if (answer.isEmpty()) {
			throw new Refusal("content.error.answerRequired");
		}
		boolean first = post.getAnswerHtml() == null;
		post.answer(answer, me.accountId(), clock.instant());
		if (first || notifyAgain) {
			tellAsker(post);
		}
	}

	/**
	 * A mail to the asker's verified address with a link to the question; it names the center,
	 * never the staff member who answered, and carries the question's title but none of its text or the answer.
	 */
	private void tellAsker(Post question) {
		identity.verifiedEmailOf(question.getAskerAccountId()).ifPresent(email -> {
			Board board = boards.findById(question.getBoardId()).orElseThrow();
			CenterSummary center = board.isNetwork() ? null : centers.findById(board.getCenterId()).orElse(null);
			if (!board.isNetwork() && center == null) {
				return;
			}
			String from = center == null ? text("site.name") : center.name();
			String link = baseUrl + PostPages.boardPath(center == null ? null : center.slug(), board.getSlug()) + "/"
					+ question.getId();
			notifier.send(new Notification(NotificationKind.QUESTION_ANSWERED, center == null ? null : center.id(),
					question.getAskerAccountId(), email, text("content.qna.mail.answeredSubject", from),
					text("content.qna.mail.answeredBody", from, question.getTitle(), link),
					link.substring(baseUrl.length())));
		});
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
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
