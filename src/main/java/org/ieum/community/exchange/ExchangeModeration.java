package org.ieum.community.exchange;

import java.time.Clock;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the center's staff do with its exchange board: confirm a post's reports (the post is hidden)
 * or dismiss them, hide and restore posts, delete comments, and open the board to citizens or
 * close it to them. Every method checks the caller is the center's staff.
 */
@Service
@Transactional
public class ExchangeModeration {

	private final ExchangePostRepository posts;
	private final ExchangeCommentRepository comments;
	private final ExchangeReportRepository reports;
	private final ExchangeSettingRepository settings;
	private final Clock clock;

	ExchangeModeration(ExchangePostRepository posts, ExchangeCommentRepository comments, ExchangeReportRepository reports,
			ExchangeSettingRepository settings, Clock clock) {
		this.posts = posts;
		this.comments = comments;
		this.reports = reports;
		this.settings = settings;
		this.clock = clock;
	}

	/** The reports were right: the post is hidden and its open reports are closed as confirmed. */
	public void confirm(long centerId, long postId) {
		ExchangePost post = staffPost(centerId, postId);
		decide(postId, true);
		post.hide(clock.instant());
	}

	/** The reports were wrong: they are closed and the post stays. */
	public void dismiss(long centerId, long postId) {
		staffPost(centerId, postId);
		decide(postId, false);
	}

	public void hide(long centerId, long postId) {
		staffPost(centerId, postId).hide(clock.instant());
	}

	public void restore(long centerId, long postId) {
		staffPost(centerId, postId).restore();
	}

	public void deleteComment(long centerId, long postId, long commentId) {
		staffPost(centerId, postId);
		ExchangeComment comment = comments.findById(commentId).filter(c -> c.getPostId() == postId)
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noComment"));
		comments.delete(comment);
	}

	/** Whether everyone, signed in or not, may read the center's board (managers of organizations always may). */
	public void openToCitizens(long centerId, boolean open) {
		Authorities.requireCenterStaff(centerId);
		settings.findById(centerId).ifPresentOrElse(s -> s.open(open),
				() -> settings.save(new ExchangeSetting(centerId, open)));
	}

	private void decide(long postId, boolean confirmed) {
		var open = reports.findByPostIdAndStatus(postId, ExchangeReport.Status.OPEN);
		if (open.isEmpty()) {
			throw new Refusal("community.exchange.error.noOpenReport");
		}
		open.forEach(r -> r.decide(confirmed, clock.instant()));
	}

	private ExchangePost staffPost(long centerId, long postId) {
		Authorities.requireCenterStaff(centerId);
		return posts.findById(postId).filter(p -> p.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
	}
}
