package org.ieum.content.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.PostPages;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.AdvertisingRules;
import org.ieum.shared.Authorities;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.mail.OutboxTally;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff write an issue of their center's newsletter from recent public posts, try it on
 * themselves, and send it: one outbox message per confirmed subscriber, each to that one
 * address, queued a batch per transaction so a long list holds no long transaction. An issue
 * is sent once. Staff of another center are refused here, whatever page they came from.
 */
@Service
@Transactional
class Newsletters {

	static final int MAX_SUBJECT = 200;
	static final int MAX_POSTS = 20;
	static final int RECENT_POSTS = 30;

	/** A post an issue points to. */
	record PostLink(long id, String title, String summary, String url) {
	}

	/** An issue as staff see it: its text, its posts, and how its delivery stands in the outbox. */
	record IssueView(long id, long centerId, String centerName, String subject, String introHtml, String introText,
			List<PostLink> posts, Issue.Status status, int queued, OutboxTally tally, Instant createdAt, Instant sentAt,
			String mailPreview, Instant dueAt) {

		public boolean draft() {
			return status == Issue.Status.DRAFT;
		}
	}

	/** A subscriber as staff see it. */
	record SubscriberRow(long id, String email, boolean confirmed, Instant createdAt, Instant confirmedAt) {
	}

	/** A center's subscribers: counts and one page of the list. */
	record SubscriberList(long confirmed, long pending, Page<SubscriberRow> page) {
	}

	/** What sending queued, in how many transactions. */
	record SendReport(int queued, int batches) {
	}

	private final IssueRepository issues;
	private final SubscriberRepository subscribers;
	private final NewsletterPosts posts;
	private final Subscriptions subscriptions;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final TransactionTemplate batchTransaction;
	private final Clock clock;
	private final String baseUrl;
	private final int batchSize;
	private final AdvertisingRules advertising;

	Newsletters(IssueRepository issues, SubscriberRepository subscribers, NewsletterPosts posts,
			Subscriptions subscriptions, CentersApi centers, IdentityApi identity, MailOutbox outbox,
			MessageSource messages, PlatformTransactionManager transactions, Clock clock,
			@Value("${ieum.base-url}") String baseUrl, @Value("${ieum.newsletter.batch-size:200}") int batchSize,
			AdvertisingRules advertising) {
		this.advertising = advertising;
		this.issues = issues;
		this.subscribers = subscribers;
		this.posts = posts;
		this.subscriptions = subscriptions;
		this.centers = centers;
		this.identity = identity;
		this.outbox = outbox;
		this.messages = messages;
		this.batchTransaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.batchSize = batchSize;
	}

	/** The center staff work on: their own, or the network for system administrators. */
	static void requireStaffOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
	}

	@Transactional(readOnly = true)
	List<IssueView> issuesOf(long centerId) {
		requireStaffOf(centerId);
		return issues.findTop50ByCenterIdOrderByIdDesc(centerId).stream().map(i -> view(i, false)).toList();
	}

	/** The newest public posts of the center, to choose from. */
	@Transactional(readOnly = true)
	List<PostLink> recentPosts(long centerId) {
		requireStaffOf(centerId);
		String slug = slugOf(centerId);
		return posts.newestPublic(centerId, BoardKind.QNA, clock.instant(), PageRequest.of(0, RECENT_POSTS)).stream()
			.map(f -> link(f, slug))
			.toList();
	}

	Issue compose(long centerId, String subject, String intro, List<Long> postIds, CurrentUser me) {
		requireStaffOf(centerId);
		Issue issue = new Issue(centerId, cleanSubject(subject), cleanIntro(intro), cleanPosts(centerId, postIds),
				me.accountId(), clock.instant());
		return issues.save(issue);
	}

	void revise(long issueId, String subject, String intro, List<Long> postIds) {
		Issue issue = toManage(issueId);
		issue.revise(cleanSubject(subject), cleanIntro(intro), cleanPosts(issue.getCenterId(), postIds));
	}

	@Transactional(readOnly = true)
	IssueView issue(long issueId) {
		return view(toManage(issueId), true);
	}

	/** The issue as it will arrive, to the staff member's own address; no unsubscribe link of anyone. */
	void sendTest(long issueId, CurrentUser me) {
		Issue issue = toManage(issueId);
		outbox.queue(me.email(), text("content.newsletter.mail.testSubject", issue.getSubject()),
				body(issue, text("content.newsletter.mail.testUnsubscribe")));
	}

	/**
	 * Sends the issue to every confirmed subscriber: marks it as sending (once: a second send is
	 * refused), then queues the messages batch by batch, each batch in its own transaction.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	SendReport send(long issueId) {
		batchTransaction.executeWithoutResult(status -> {
			Issue issue = issues.findById(issueId).orElseThrow(() -> Refusal.notFound("content.error.noNewsletterIssue"));
			requireStaffOf(issue.getCenterId());
			issue.startSending(clock.instant(), advertising.dueAt(clock.instant()));
		});
		return queueRest(issueId);
	}

	/** Queues the next batches of an issue being sent, after the last subscriber already queued. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	SendReport queueRest(long issueId) {
		int queued = 0;
		int batches = 0;
		while (true) {
			Integer count = batchTransaction.execute(status -> queueBatch(issueId));
			if (count == null || count < 0) {
				return new SendReport(queued, batches);
			}
			queued += count;
			batches++;
		}
	}

	/** One batch in the caller's transaction; -1 once the issue has been queued to everyone. */
	private int queueBatch(long issueId) {
		Issue issue = issues.findForUpdate(issueId).orElseThrow();
		if (issue.getStatus() != Issue.Status.SENDING || issue.waitsAt(clock.instant())) {
			return -1;
		}
		List<Subscriber> batch = subscribers.findByCenterIdAndConfirmedTrueAndIdGreaterThanOrderByIdAsc(
				issue.getCenterId(), issue.getLastSubscriber(), PageRequest.of(0, batchSize));
		if (batch.isEmpty()) {
			issue.finished(clock.instant());
			return -1;
		}
		String top = body(issue, null);
		for (Subscriber subscriber : batch) {
			String unsubscribe = baseUrl + "/newsletter/unsubscribe/" + subscriber.getUnsubscribeToken();
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			outbox.queue(subscriber.getEmail(), AdvertisingRules.subject(issue.getSubject()),
					top + text("content.newsletter.mail.unsubscribe", unsubscribe), headers, issue.outboxTag());
		}
		issue.queuedUpTo(batch.get(batch.size() - 1).getId(), batch.size());
		return batch.size();
	}

	/** An issue whose sending was cut short (the server stopped) is finished by this job. */
	@SchedulerLock(name = "content-newsletter-resume")
	@Scheduled(initialDelayString = "${ieum.newsletter.resume-initial-delay:2m}",
			fixedDelayString = "${ieum.newsletter.resume-interval:5m}")
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public void resumeInterrupted() {
		List<Long> sending = batchTransaction
			.execute(s -> issues.findByStatus(Issue.Status.SENDING).stream().map(Issue::getId).toList());
		if (sending != null) {
			sending.forEach(this::queueRest);
		}
	}

	/** A page of the center's subscribers; the reading is written to the personal-data access log. */
	SubscriberList subscribers(long centerId, int page) {
		requireStaffOf(centerId);
		Page<SubscriberRow> rows = subscribers.findByCenterIdOrderByIdDesc(centerId, PageRequest.of(Math.max(page, 0), 50))
			.map(s -> new SubscriberRow(s.getId(), s.getEmail(), s.isConfirmed(), s.getCreatedAt(), s.getConfirmedAt()));
		identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
				"newsletter subscribers of center " + centerId + ", page " + (rows.getNumber() + 1), null);
		return new SubscriberList(subscribers.countByCenterIdAndConfirmed(centerId, true),
				subscribers.countByCenterIdAndConfirmed(centerId, false), rows);
	}

	/** Staff remove a subscriber (for example at their request by phone); logged. Returns the center. */
	long deleteSubscriber(long subscriberId) {
		Subscriber subscriber = subscribers.findById(subscriberId)
			.orElseThrow(() -> Refusal.notFound("content.error.noNewsletterSubscription"));
		requireStaffOf(subscriber.getCenterId());
		identity.recordPersonalDataAccess(null, PersonalDataAction.DELETE,
				"newsletter subscriber " + subscriberId + " of center " + subscriber.getCenterId(), null);
		subscribers.delete(subscriber);
		return subscriber.getCenterId();
	}

	private Issue toManage(long issueId) {
		Issue issue = issues.findById(issueId).orElseThrow(() -> Refusal.notFound("content.error.noNewsletterIssue"));
		requireStaffOf(issue.getCenterId());
		return issue;
	}

	private IssueView view(Issue issue, boolean full) {
		List<PostLink> links = full ? linksOf(issue) : List.of();
		OutboxTally tally = issue.getStatus() == Issue.Status.DRAFT ? new OutboxTally(0, 0, 0)
				: outbox.tally(issue.outboxTag());
		String preview = full ? body(issue, text("content.newsletter.mail.unsubscribe", baseUrl + "/newsletter/unsubscribe/…"))
				: null;
		return new IssueView(issue.getId(), issue.getCenterId(), subscriptions.centerName(issue.getCenterId()),
				issue.getSubject(), issue.getIntroHtml(), issue.getIntroText(), links, issue.getStatus(), issue.getQueued(),
				tally, issue.getCreatedAt(), issue.getSentAt(), preview, issue.getDueAt());
	}

	private List<PostLink> linksOf(Issue issue) {
		List<Long> ids = issue.postIdList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String slug = slugOf(issue.getCenterId());
		return posts.publicAmong(issue.getCenterId(), BoardKind.QNA, clock.instant(), ids).stream()
			.map(f -> link(f, slug))
			.toList();
	}

	/** The plain-text mail: the introduction, the posts with their addresses, and the closing line. */
	private String body(Issue issue, String unsubscribeLine) {
		StringBuilder body = new StringBuilder();
		body.append(issue.getSubject()).append("\n\n");
		if (!issue.getIntroText().isBlank()) {
			body.append(issue.getIntroText()).append("\n\n");
		}
		List<PostLink> links = linksOf(issue);
		if (!links.isEmpty()) {
			body.append(text("content.newsletter.mail.posts")).append('\n');
			for (PostLink link : links) {
				body.append("- ").append(link.title()).append('\n').append("  ").append(link.url()).append('\n');
			}
			body.append('\n');
		}
		body.append(text("content.newsletter.mail.footer", subscriptions.centerName(issue.getCenterId()))).append('\n');
		if (unsubscribeLine != null) {
			body.append(unsubscribeLine);
		}
		return body.toString();
	}

	private PostLink link(NewsletterPosts.Found found, String centerSlug) {
		return new PostLink(found.post().getId(), found.post().getTitle(), RichText.summary(found.post().getBodyText(), 120),
				baseUrl + PostPages.boardPath(centerSlug, found.boardSlug()) + "/" + found.post().getId());
	}

	private String slugOf(long centerId) {
		return centerId == Board.NETWORK ? null : centers.findById(centerId).map(CenterSummary::slug).orElse(null);
	}

	private String cleanSubject(String subject) {
		String clean = subject == null ? "" : subject.strip();
		if (clean.isEmpty()) {
			throw new Refusal("content.newsletter.error.subjectRequired");
		}
		if (clean.length() > MAX_SUBJECT || clean.contains("\n") || clean.contains("\r")) {
			throw new Refusal("content.newsletter.error.subjectTooLong", MAX_SUBJECT);
		}
		return clean;
	}

	private static RichText.Body cleanIntro(String intro) {
		RichText.Body body = RichText.of(intro);
		if (body.html().length() > 20000 || body.text().length() > 20000) {
			throw new Refusal("content.newsletter.error.introTooLong");
		}
		return body;
	}

	/** Only public posts of this center, at most twenty, in the order of the list. */
	private List<Long> cleanPosts(long centerId, List<Long> postIds) {
		List<Long> chosen = postIds == null ? List.of() : postIds.stream().distinct().toList();
		if (chosen.size() > MAX_POSTS) {
			throw new Refusal("content.newsletter.error.tooManyPosts", MAX_POSTS);
		}
		if (chosen.isEmpty()) {
			return List.of();
		}
		List<Long> found = new ArrayList<>(posts.publicAmong(centerId, BoardKind.QNA, clock.instant(), chosen).stream()
			.map(f -> f.post().getId())
			.toList());
		if (found.size() != chosen.size()) {
			throw new Refusal("content.newsletter.error.notPublicPost");
		}
		return found;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}
}
