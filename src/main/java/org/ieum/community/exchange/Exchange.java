package org.ieum.community.exchange;

import java.time.Clock;
import java.util.Optional;

import org.ieum.centers.CentersApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do on a center's exchange board: managers of organizations post offers and needs and
 * comment, in an organization's name; whoever may read the board reports a post, once. Someone who
 * manages no organization is refused before anything is saved.
 */
@Service
@Transactional
public class Exchange {

	static final int COMMENT_MAX = 2000;

	static final int REASON_MAX = 500;

	private final ExchangePostRepository posts;
	private final ExchangeCommentRepository comments;
	private final ExchangeReportRepository reports;
	private final ExchangeAccess access;
	private final CentersApi centers;
	private final Clock clock;

	Exchange(ExchangePostRepository posts, ExchangeCommentRepository comments, ExchangeReportRepository reports,
			ExchangeAccess access, CentersApi centers, Clock clock) {
		this.posts = posts;
		this.comments = comments;
		this.reports = reports;
		this.access = access;
		this.centers = centers;
		this.clock = clock;
	}

	/** Posts an offer or a need in the name of an organization the person manages; returns the post's id. */
	public long post(long centerId, PostForm form, CurrentUser me) {
		centers.findById(centerId).orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
		OrganizationSummary organization = access.speakingFor(me, form.getOrganizationId());
		String title = form.getTitle() == null ? "" : form.getTitle().strip();
		String body = form.getBody() == null ? "" : form.getBody().strip();
		if (form.getCategory() == null) {
			throw new Refusal("community.exchange.error.category");
		}
		if (title.isEmpty() || title.length() > 100) {
			throw new Refusal("community.exchange.error.title");
		}
		if (body.isEmpty() || body.length() > 4000) {
			throw new Refusal("community.exchange.error.body");
		}
		return posts.save(new ExchangePost(centerId, organization.id(), organization.name(), me.accountId(),
				form.getCategory(), title, body, clock.instant())).getId();
	}

	/** Comments on a visible post in the name of an organization the person manages. */
	public void comment(long centerId, long postId, Long organizationId, String body, CurrentUser me) {
		ExchangePost post = visiblePost(centerId, postId);
		OrganizationSummary organization = access.speakingFor(me, organizationId);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > COMMENT_MAX) {
			throw new Refusal("community.exchange.error.comment");
		}
		comments.save(new ExchangeComment(post.getId(), organization.id(), organization.name(), me.accountId(), text,
				clock.instant()));
	}

	/**
	 * Reports a post to the center's staff, who confirm (the post is hidden) or dismiss it. A person
	 * reports a post once: a second report, even at the same moment, is refused.
	 */
	public void report(long centerId, long postId, String reason, CurrentUser me) {
		ExchangePost post = visiblePost(centerId, postId);
		access.requireRead(centerId, Optional.of(me));
		if (post.writtenBy(me.accountId())) {
			throw new Refusal("community.exchange.error.ownPost");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > REASON_MAX) {
			throw new Refusal("community.exchange.error.reason");
		}
		if (reports.existsByPostIdAndReporterAccountId(postId, me.accountId())) {
			throw new Refusal("community.exchange.error.reportedTwice");
		}
		try {
			reports.saveAndFlush(new ExchangeReport(postId, me.accountId(), why, clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "community.exchange.error.reportedTwice");
		}
	}

	private ExchangePost visiblePost(long centerId, long postId) {
		return posts.findById(postId).filter(p -> p.getCenterId() == centerId && !p.hidden())
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
	}
}
