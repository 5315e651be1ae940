package org.ieum.content.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.BoardViews.AttachmentView;
import org.ieum.content.board.BoardViews.BoardLink;
import org.ieum.content.board.BoardViews.BoardPage;
import org.ieum.content.board.BoardViews.BoardView;
import org.ieum.content.board.BoardViews.Download;
import org.ieum.content.board.BoardViews.Neighbour;
import org.ieum.content.board.BoardViews.NewsItem;
import org.ieum.content.board.BoardViews.PostPage;
import org.ieum.content.board.BoardViews.PostRow;
import org.ieum.content.board.BoardViews.PostView;
import org.ieum.content.board.BoardViews.Section;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages of boards: a board's list with paging and search, a post with previous
 * and next, attachments, the portal menu and the network's newest posts. It changes no
 * content; opening someone else's private question as staff writes the personal-data access
 * log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PostPages {

	public static final int PAGE_SIZE = 15;
	private static final int MAX_QUERY = 100;
	private static final int MAX_PAGE_DIGITS = 9;

	private final BoardRepository boards;
	private final PostRepository posts;
	private final PostAttachmentRepository attachments;
	private final PostListings listings;
	private final ContentFiles files;
	private final ViewCounter views;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final List<PostSections> sections;
	private final Clock clock;
	private final String baseUrl;
	private final Map<Long, List<BoardLink>> menus = new ConcurrentHashMap<>();

	PostPages(BoardRepository boards, PostRepository posts, PostAttachmentRepository attachments, PostListings listings,
			ContentFiles files, ViewCounter views, CentersApi centers, IdentityApi identity, List<PostSections> sections, Clock clock,
			@Value("${ieum.base-url}") String baseUrl) {
		this.boards = boards;
		this.posts = posts;
		this.attachments = attachments;
		this.listings = listings;
		this.files = files;
		this.views = views;
		this.centers = centers;
		this.identity = identity;
		this.sections = sections;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The path of a board: under the center's portal, or at the site root for the network's own boards. */
	public static String boardPath(String centerSlug, String boardSlug) {
		return centerSlug == null ? "/boards/" + boardSlug : "/c/" + centerSlug + "/boards/" + boardSlug;
	}

	/** The enabled boards of a center in menu order, remembered until staff change a board. */
	public List<BoardLink> menu(long centerId, String centerSlug) {
		return menus.computeIfAbsent(centerId, id -> boards.findByCenterIdAndEnabledTrueOrderByPositionAscIdAsc(id)
			.stream()
			.map(b -> new BoardLink(b.getId(), b.getSlug(), b.getKind(), b.getName(), boardPath(centerSlug, b.getSlug()),
					true))
			.toList());
	}

	/** Staff changed a board of this center: the menu is read again. */
	public void forgetMenu(long centerId) {
		menus.remove(centerId);
	}

	/** A board as a visitor sees it; 404 for an unknown or switched-off board. */
	public Board board(String centerSlug, String boardSlug) {
		long centerId = centerSlug == null ? Board.NETWORK
				: centers.findBySlug(centerSlug).map(CenterSummary::id).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		return boards.findByCenterIdAndSlug(centerId, boardSlug)
			.filter(Board::isEnabled)
			.orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
	}

	public BoardView boardView(Board board, String centerSlug) {
		String path = boardPath(centerSlug, board.getSlug());
		String owner = board.isNetwork() ? null : centers.findById(board.getCenterId()).map(CenterSummary::name).orElse(null);
		return new BoardView(board.getId(), board.getSlug(), board.getKind(), board.getName(), board.getDescription(),
				board.getCategories(), path, board.getKind().syndicated() ? path + "/feed.xml" : null, owner);
	}

	/**
	 * One page of a board's list. The page number comes as the visitor typed it: anything that
	 * is not a number is the first page, a number past the end the last page.
	 */
	public BoardPage list(String centerSlug, String boardSlug, String query, String category, String page,
			CurrentUser viewer) {
		Board board = board(centerSlug, boardSlug);
		PostListings.Filter listing = listing(board, viewer, query, category);
		long total = listings.count(listing);
		int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(parsePage(page), last);
		List<PostListings.Line> found = listings.page(listing, (long) number * PAGE_SIZE, PAGE_SIZE);
		String path = boardPath(centerSlug, board.getSlug());
		List<PostRow> rows = rows(found, board, path);
		return new BoardPage(boardView(board, centerSlug), new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total),
				listing.query(), listing.category());
	}

	/** The newest posts of a board for the board index (알림마당). */
	public List<PostRow> newest(Board board, String centerSlug, CurrentUser viewer, int count) {
		return rows(listings.page(listing(board, viewer, "", ""), 0, count), board, boardPath(centerSlug, board.getSlug()));
	}

	/** The zero-based page asked for: a number too long to be one means "past the end", anything else not a number the first. */
	static int parsePage(String page) {
		if (page == null || !page.matches("[0-9]{1,1000}")) {
			return 0;
		}
		return page.length() > MAX_PAGE_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(page);
	}

	/**
	 * A post's page; 404 when it is not in this board (or shared into it), not published or
	 * hidden, 403 ({@code content.error.private}) for a private question of someone else.
	 * Counts the view.
	 */
	@Transactional
	public PostPage post(String centerSlug, String boardSlug, long postId, CurrentUser viewer) {
		Board board = board(centerSlug, boardSlug);
		Post post = posts.findById(postId)
			.filter(p -> p.getBoardId() == board.getId() || p.sharedWith(board.getCenterId(), board.getKind()))
			.orElseThrow(() -> Refusal.notFound("content.error.noPost"));
		boolean staff = staffOf(board, viewer) || staffOf(post.getCenterId(), viewer);
		if (!post.isPublishedAt(clock.instant()) && !staff) {
			throw Refusal.notFound("content.error.noPost");
		}
		Long viewerId = viewer == null ? null : viewer.accountId();
		if (!post.readableBy(viewerId, staff)) {
			throw Refusal.forbidden("content.error.private");
		}
		if (post.isPrivatePost() && post.getAskerAccountId() != null && !post.getAskerAccountId().equals(viewerId)) {
			identity.recordPersonalDataAccess(post.getAskerAccountId(), PersonalDataAction.VIEW,
					"1:1 문의 열람 (글 " + post.getId() + ")", null);
		}
		views.viewed(post.getId());
		String path = boardPath(centerSlug, board.getSlug());
		PostListings.Filter listing = listing(board, viewer, "", "");
		Neighbour previous = listings.older(listing, post.getPublishFrom(), post.getId()).map(p -> neighbour(p, path))
			.orElse(null);
		Neighbour next = listings.newer(listing, post.getPublishFrom(), post.getId()).map(p -> neighbour(p, path))
			.orElse(null);
		String href = path + "/" + post.getId();
		String author = post.getAuthorName() != null ? post.getAuthorName() : centerName(post.getCenterId());
		String from = post.getBoardId() == board.getId() ? null : centerName(post.getCenterId());
		List<AttachmentView> files = attachments.findByPostIdOrderByPositionAscIdAsc(post.getId())
			.stream()
			.map(PostPages::attachmentView)
			.toList();
		PostView view = new PostView(post.getId(), post.getTitle(), post.getBodyHtml(), post.getCategory(),
				Seoul.at(post.getPublishFrom()).toLocalDate(), Seoul.at(post.getUpdatedAt()).toLocalDate(),
				post.getViewCount() + views.waiting(post.getId()), author, from, files, post.getVideoUrl(),
				post.getAnswerHtml(), post.getAnsweredAt() == null ? null : Seoul.at(post.getAnsweredAt()).toLocalDate(),
				post.isPrivatePost(), href, baseUrl + href, previous, next);
		List<Section> extra = new ArrayList<>();
		for (PostSections feature : sections) {
			feature.sectionFor(board, post, href, viewer).ifPresent(extra::add);
		}
		return new PostPage(boardView(board, centerSlug), view, extra);
	}

	/**
	 * An attachment for whoever may read its post; 404 otherwise, and 403 for a file of
	 * someone else's private question.
	 */
	public Download download(long attachmentId, CurrentUser viewer) {
		PostAttachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> Refusal.notFound("content.error.noFile"));
		Post post = posts.findById(attachment.getPostId()).orElseThrow(() -> Refusal.notFound("content.error.noFile"));
		Board board = boards.findById(post.getBoardId()).orElseThrow(() -> Refusal.notFound("content.error.noFile"));
		boolean staff = staffOf(board, viewer);
		if (!staff && (!board.isEnabled() || !post.isPublishedAt(clock.instant()))) {
			throw Refusal.notFound("content.error.noFile");
		}
		if (!post.readableBy(viewer == null ? null : viewer.accountId(), staff)) {
			throw Refusal.forbidden("content.error.private");
		}
		byte[] bytes = files.read(attachment.getStoredFile()).orElseThrow(() -> Refusal.notFound("content.error.noFile"));
		return new Download(attachment.getFileName(), attachment.getContentType(), bytes, attachment.isImage());
	}

	/** The newest posts of a board for its feed, as an anonymous visitor sees them; 404 for a 1:1 board. */
	public BoardViews.Feed feed(String centerSlug, String boardSlug, int count) {
		Board board = board(centerSlug, boardSlug);
		if (!board.getKind().syndicated()) {
			throw Refusal.notFound("content.error.noBoard");
		}
		String path = boardPath(centerSlug, board.getSlug());
		List<BoardViews.FeedEntry> entries = posts
			.newestListed(board.getId(), board.getCenterId(), board.getKind(), clock.instant(), false, -1, "", "",
					PageRequest.of(0, count))
			.stream()
			.map(p -> new BoardViews.FeedEntry(p.getId(), p.getTitle(), baseUrl + path + "/" + p.getId(),
					RichText.summary(p.getBodyText(), 300), p.getPublishFrom(),
					p.getUpdatedAt().isAfter(p.getPublishFrom()) ? p.getUpdatedAt() : p.getPublishFrom()))
			.toList();
		return new BoardViews.Feed(boardView(board, centerSlug), entries);
	}

	/**
	 * Every public address of the network for search engines: the root, each portal and its
	 * 알림마당, each enabled board but 1:1 ones, and each published public post.
	 */
	public List<BoardViews.SitemapUrl> sitemap(int maxPosts) {
		List<BoardViews.SitemapUrl> urls = new ArrayList<>();
		urls.add(new BoardViews.SitemapUrl("/", null));
		Map<Long, String> slugs = new HashMap<>();
		for (CenterSummary center : centers.all()) {
			slugs.put(center.id(), center.slug());
			urls.add(new BoardViews.SitemapUrl("/c/" + center.slug(), null));
		}
		Map<Long, Board> enabled = new HashMap<>();
		for (Board board : boards.findByEnabledTrue()) {
			if (!board.getKind().syndicated() || (!board.isNetwork() && !slugs.containsKey(board.getCenterId()))) {
				continue;
			}
			enabled.put(board.getId(), board);
			urls.add(new BoardViews.SitemapUrl(boardPath(slugs.get(board.getCenterId()), board.getSlug()), null));
		}
		for (Post post : posts.sitemap(BoardKind.QNA, clock.instant(), PageRequest.of(0, maxPosts))) {
			Board board = enabled.get(post.getBoardId());
			if (board != null) {
				urls.add(new BoardViews.SitemapUrl(boardPath(slugs.get(board.getCenterId()), board.getSlug()) + "/"
						+ post.getId(), post.getUpdatedAt()));
			}
		}
		return urls;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The newest public posts of every center, for the network's 새 소식. */
	public List<NewsItem> networkNews(int count) {
		List<Post> newest = posts.newestPublic(List.of(BoardKind.NOTICE, BoardKind.PRESS, BoardKind.RESOURCES,
				BoardKind.GALLERY), clock.instant(), PageRequest.of(0, count));
		Map<Long, Board> byId = boards.findAllById(newest.stream().map(Post::getBoardId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Board::getId, Function.identity()));
		Map<Long, Optional<CenterSummary>> centerById = new HashMap<>();
		List<NewsItem> items = new ArrayList<>();
		for (Post post : newest) {
			Board board = byId.get(post.getBoardId());
			Optional<CenterSummary> center = board.isNetwork() ? Optional.empty()
					: centerById.computeIfAbsent(board.getCenterId(), centers::findById);
			if (!board.isNetwork() && center.isEmpty()) {
				continue;
			}
			String slug = center.map(CenterSummary::slug).orElse(null);
			items.add(new NewsItem(post.getTitle(), boardPath(slug, board.getSlug()) + "/" + post.getId(),
					center.map(CenterSummary::name).orElse(null), Seoul.at(post.getPublishFrom()).toLocalDate(),
					board.getName()));
		}
		return items;
	}

	private List<PostRow> rows(List<PostListings.Line> found, Board board, String path) {
		Map<Long, String> names = new HashMap<>();
		return found.stream().map(p -> {
			String image = p.imageId() == null ? null : "/content/files/" + p.imageId();
			String from = p.boardId() == board.getId() ? null : names.computeIfAbsent(p.centerId(), this::centerName);
			return new PostRow(p.id(), p.title(), path + "/" + p.id(), p.category(), p.pinned(),
					Seoul.at(p.publishFrom()).toLocalDate(), p.viewCount() + views.waiting(p.id()), from, p.hasFile(),
					p.privatePost(), p.answered(), image, p.bodyHtml());
		}).toList();
	}

	private static Neighbour neighbour(PostListings.Near post, String path) {
		return new Neighbour(post.title(), path + "/" + post.id());
	}

	private static AttachmentView attachmentView(PostAttachment a) {
		return new AttachmentView(a.getId(), a.getFileName(), "/content/files/" + a.getId(),
				Math.max(1, (a.getSizeBytes() + 1023) / 1024), a.isImage());
	}

	private String centerName(long centerId) {
		return centers.findById(centerId).map(CenterSummary::name).orElse("");
	}

	static boolean staffOf(Board board, CurrentUser viewer) {
		return staffOf(board.getCenterId(), viewer);
	}

	static boolean staffOf(long centerId, CurrentUser viewer) {
		return viewer != null && (viewer.isSystemAdmin() || (centerId != Board.NETWORK && viewer.isStaffOf(centerId)));
	}

	private PostListings.Filter listing(Board board, CurrentUser viewer, String query, String category) {
		String q = query == null ? "" : query.strip();
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		String c = category != null && board.getCategories().contains(category) ? category : "";
		return listings.filter(board, clock.instant(), staffOf(board, viewer), viewer == null ? -1 : viewer.accountId(), q, c);
	}
}
