package org.ieum.community.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the exchange pages show. Posts, comments and messages name organizations, never the people
 * behind them and never an e-mail address, so a board opened to citizens shows no personal data;
 * a hidden post is seen only by the center's staff (and listed to its author on My page).
 */
@Service
@Transactional(readOnly = true)
public class ExchangeQueries {

	static final int PAGE_SIZE = 20;

	public record PostCard(long id, String organization, ExchangeCategory category, String title, Instant postedAt,
			long comments) {
	}

	public record Organization(long id, String name) {
	}

	public record BoardPage(Page<PostCard> posts, ExchangeCategory category, boolean mayPost) {
	}

	public record CommentRow(long id, String organization, String body, Instant postedAt) {
	}

	/**
	 * A post as its reader may use it: managers comment and contact the poster (not on their own
	 * post), signed-in readers report it once.
	 */
	public record PostPage(long id, String organization, ExchangeCategory category, String title, String body,
			Instant postedAt, boolean hidden, List<CommentRow> comments, List<Organization> organizations, boolean own,
			boolean signedIn, boolean reported, boolean staff) {

		public boolean mayWrite() {
			return !organizations.isEmpty() && !hidden;
		}

		public boolean mayContact() {
			return mayWrite() && !own;
		}

		public boolean mayReport() {
			return signedIn && !own && !reported && !hidden;
		}
	}

	public record MyPost(String centerSlug, long id, ExchangeCategory category, String title, Instant postedAt,
			boolean hidden, long comments) {
	}

	public record MessageRow(long id, String centerSlug, long postId, String postTitle, String from, String to,
			String body, Instant sentAt, boolean received) {
	}

	public record MyPage(List<Organization> organizations, List<MyPost> posts, List<MessageRow> messages) {
	}

	public record ReportRow(String reason, Instant reportedAt) {
	}

	public record ReportedPost(long id, String organization, String title, boolean hidden, List<ReportRow> reports) {
	}

	public record StaffPost(long id, String organization, ExchangeCategory category, String title, Instant postedAt,
			boolean hidden, long comments) {
	}

	public record StaffPage(List<ReportedPost> reported, List<StaffPost> posts, boolean citizensMayRead) {
	}

	private final ExchangePostRepository posts;
	private final ExchangeCommentRepository comments;
	private final ExchangeReportRepository reports;
	private final ExchangeMessageRepository messages;
	private final ExchangeAccess access;
	private final CentersApi centers;

	ExchangeQueries(ExchangePostRepository posts, ExchangeCommentRepository comments, ExchangeReportRepository reports,
			ExchangeMessageRepository messages, ExchangeAccess access, CentersApi centers) {
		this.posts = posts;
		this.comments = comments;
		this.reports = reports;
		this.messages = messages;
		this.access = access;
		this.centers = centers;
	}

	/** The visible posts of the center's board, newest first, optionally of one category. */
	public BoardPage board(long centerId, ExchangeCategory category, int page, Optional<CurrentUser> me) {
		access.requireRead(centerId, me);
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		Page<ExchangePost> found = category == null
				? posts.findByCenterIdAndHiddenAtIsNullOrderByPostedAtDescIdDesc(centerId, request)
				: posts.findByCenterIdAndCategoryAndHiddenAtIsNullOrderByPostedAtDescIdDesc(centerId, category, request);
		return new BoardPage(found.map(this::card), category, !access.organizationsOf(me).isEmpty());
	}

	/** What someone about to post may choose from: the organizations they manage (refused when none). */
	public List<Organization> postingAs(long centerId, CurrentUser me) {
		centers.findById(centerId).orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
		List<Organization> mine = organizations(Optional.of(me));
		if (mine.isEmpty()) {
			throw Refusal.forbidden("community.exchange.error.noOrganization");
		}
		return mine;
	}

	public PostPage post(long centerId, long postId, Optional<CurrentUser> me) {
		access.requireRead(centerId, me);
		boolean staff = me.isPresent() && Authorities.canManageCenter(centerId);
		ExchangePost p = posts.findById(postId).filter(x -> x.getCenterId() == centerId && (!x.hidden() || staff))
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
		long account = me.map(CurrentUser::accountId).orElse(-1L);
		List<CommentRow> rows = comments.findByPostIdOrderByPostedAtAscIdAsc(postId).stream()
			.map(c -> new CommentRow(c.getId(), c.getOrganizationName(), c.getBody(), c.getPostedAt())).toList();
		return new PostPage(p.getId(), p.getOrganizationName(), p.getCategory(), p.getTitle(), p.getBody(),
				p.getPostedAt(), p.hidden(), rows, organizations(me), p.writtenBy(account), me.isPresent(),
				me.isPresent() && reports.existsByPostIdAndReporterAccountId(postId, account), staff);
	}

	/** My page: the person's posts (hidden ones marked) and the messages they sent and received. */
	public MyPage mine(CurrentUser me) {
		List<MyPost> own = posts.findByAuthorAccountIdOrderByPostedAtDescIdDesc(me.accountId()).stream()
			.map(p -> new MyPost(slug(p.getCenterId()), p.getId(), p.getCategory(), p.getTitle(), p.getPostedAt(),
					p.hidden(), comments.countByPostId(p.getId())))
			.toList();
		List<ExchangeMessage> all = messages
			.findTop100ByRecipientAccountIdOrSenderAccountIdOrderBySentAtDescIdDesc(me.accountId(), me.accountId());
		Map<Long, ExchangePost> about = posts.findByIdIn(all.stream().map(ExchangeMessage::getPostId).distinct().toList())
			.stream().collect(Collectors.toMap(ExchangePost::getId, Function.identity()));
		List<MessageRow> rows = all.stream().filter(m -> about.containsKey(m.getPostId())).map(m -> {
			ExchangePost p = about.get(m.getPostId());
			return new MessageRow(m.getId(), slug(p.getCenterId()), p.getId(), p.getTitle(), m.getSenderOrganization(),
					m.getRecipientOrganization(), m.getBody(), m.getSentAt(), m.getRecipientAccountId() == me.accountId());
		}).toList();
		return new MyPage(organizations(Optional.of(me)), own, rows);
	}

	/** The staff page: posts with reports waiting for a decision, the latest posts, and the citizens setting. */
	public StaffPage staff(long centerId) {
		Authorities.requireCenterStaff(centerId);
		Map<Long, List<ExchangeReport>> open = reports.findOfCenter(centerId, ExchangeReport.Status.OPEN).stream()
			.collect(Collectors.groupingBy(ExchangeReport::getPostId, java.util.LinkedHashMap::new, Collectors.toList()));
		Map<Long, ExchangePost> reported = posts.findByIdIn(open.keySet()).stream()
			.collect(Collectors.toMap(ExchangePost::getId, Function.identity()));
		List<ReportedPost> queue = open.entrySet().stream().filter(e -> reported.containsKey(e.getKey())).map(e -> {
			ExchangePost p = reported.get(e.getKey());
			return new ReportedPost(p.getId(), p.getOrganizationName(), p.getTitle(), p.hidden(),
					e.getValue().stream().map(r -> new ReportRow(r.getReason(), r.getReportedAt())).toList());
		}).toList();
		List<StaffPost> latest = posts.findTop100ByCenterIdOrderByPostedAtDescIdDesc(centerId).stream()
			.map(p -> new StaffPost(p.getId(), p.getOrganizationName(), p.getCategory(), p.getTitle(), p.getPostedAt(),
					p.hidden(), comments.countByPostId(p.getId())))
			.toList();
		return new StaffPage(queue, latest, access.citizensMayRead(centerId));
	}

	private PostCard card(ExchangePost p) {
		return new PostCard(p.getId(), p.getOrganizationName(), p.getCategory(), p.getTitle(), p.getPostedAt(),
				comments.countByPostId(p.getId()));
	}

	private List<Organization> organizations(Optional<CurrentUser> me) {
		return access.organizationsOf(me).stream().map((OrganizationSummary o) -> new Organization(o.id(), o.name()))
			.toList();
	}

	private String slug(long centerId) {
		return centers.findById(centerId).map(CenterSummary::slug).orElse("");
	}
}
