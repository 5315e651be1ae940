package org.ieum.content.search;

import static org.ieum.content.search.PostSearchMapping.ATTACHMENTS;
import static org.ieum.content.search.PostSearchMapping.BOARD;
import static org.ieum.content.search.PostSearchMapping.BODY;
import static org.ieum.content.search.PostSearchMapping.CATEGORY;
import static org.ieum.content.search.PostSearchMapping.CENTERS;
import static org.ieum.content.search.PostSearchMapping.FROM;
import static org.ieum.content.search.PostSearchMapping.HIDDEN;
import static org.ieum.content.search.PostSearchMapping.OWNER;
import static org.ieum.content.search.PostSearchMapping.PRIVATE;
import static org.ieum.content.search.PostSearchMapping.TITLE;
import static org.ieum.content.search.PostSearchMapping.TITLE_GRAMS;
import static org.ieum.content.search.PostSearchMapping.UNTIL;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.shared.Seoul;
import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts in the site search: words in the title (counted three times), the text, the category
 * and the text of attachments, read by Nori. Only what any visitor may read is found: a post of
 * an enabled board, published now, not hidden, and not a private question. A portal finds its
 * own posts and those a metropolitan center shared with it; the network root finds all.
 */
@Component
class PostSearch implements SiteSearchSource {

	private static final int SNIPPET = 160;

	private final EntityManager entityManager;
	private final BoardRepository boards;
	private final CentersApi centers;
	private final Clock clock;

	PostSearch(EntityManager entityManager, BoardRepository boards, CentersApi centers, Clock clock) {
		this.entityManager = entityManager;
		this.boards = boards;
		this.centers = centers;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "posts";
	}

	@Override
	public String labelKey() {
		return "search.kind.posts";
	}

	@Override
	public int order() {
		return 10;
	}

	private record Found(long id, String title, long boardId, long ownerId, Instant from, String body,
			List<String> titleMarks, List<String> bodyMarks, List<String> attachmentMarks) {
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		Map<Long, Board> open = boards.findByEnabledTrue().stream().collect(Collectors.toMap(Board::getId, Function.identity()));
		if (open.isEmpty()) {
			return SiteSearchPage.empty();
		}
		Instant now = clock.instant();
		SearchResult<Found> result = Search.session(entityManager).search(Post.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field(TITLE, String.class), f.field(BOARD, Long.class),
						f.field(OWNER, Long.class), f.field(FROM, Instant.class), f.field(BODY, String.class),
						f.highlight(TITLE), f.highlight(BODY), f.highlight(ATTACHMENTS))
				.asArray(v -> new Found((Long) v[0], (String) v[1], (Long) v[2], (Long) v[3], (Instant) v[4],
						(String) v[5], strings(v[6]), strings(v[7]), strings(v[8]))))
			.where(f -> f.bool()
				.must(words(f, query))
				.filter(f.match().field(PRIVATE).matching(false))
				.filter(f.match().field(HIDDEN).matching(false))
				.filter(f.range().field(FROM).atMost(now))
				.filter(f.or(f.not(f.exists().field(UNTIL)), f.range().field(UNTIL).greaterThan(now)))
				.filter(f.terms().field(BOARD).matchingAny(open.keySet()))
				.filter(scope.isNetwork() ? f.matchAll() : f.match().field(CENTERS).matching(scope.centerId())))
			.sort(f -> f.score().then().field(FROM).desc())
			// fast vector: the text's term vectors are indexed, so a long attachment is not analysed again
			.highlighter(h -> h.fastVector().tag(Marks.OPEN, Marks.CLOSE).numberOfFragments(1).fragmentSize(SNIPPET))
			.highlighter(TITLE, h -> h.fastVector().tag(Marks.OPEN, Marks.CLOSE).numberOfFragments(1).fragmentSize(400))
			.fetch(page * size, size);
		Map<Long, CenterSummary> byId = centers.all().stream()
			.collect(Collectors.toMap(CenterSummary::id, Function.identity()));
		List<SiteSearchHit> hits = result.hits().stream()
			.filter(found -> open.containsKey(found.boardId()))
			.map(found -> hit(found, open.get(found.boardId()), byId.get(found.ownerId()), scope, query))
			.toList();
		return new SiteSearchPage(result.total().hitCount(), hits);
	}

	/**
	 * Every word must be found somewhere: Nori's reading of the title, text, category and
	 * attachments, or, for the title, its two-letter grams (a word Nori splits otherwise).
	 */
	private static SearchPredicate words(SearchPredicateFactory f, String query) {
		return f.or(
				f.simpleQueryString().field(TITLE).boost(3f).field(BODY).field(CATEGORY).field(ATTACHMENTS)
					.matching(query).defaultOperator(BooleanOperator.AND).toPredicate(),
				f.simpleQueryString().field(TITLE_GRAMS).boost(2f).matching(query).defaultOperator(BooleanOperator.AND)
					.toPredicate())
			.toPredicate();
	}

	private SiteSearchHit hit(Found found, Board board, CenterSummary owner, SiteSearchScope scope, String query) {
		String url = board.isNetwork() || owner == null ? "/boards/" + board.getSlug() + "/" + found.id()
				: "/c/" + owner.slug() + "/boards/" + board.getSlug() + "/" + found.id();
		String title = found.titleMarks().isEmpty() ? found.title() : found.titleMarks().get(0);
		String snippet;
		if (!found.bodyMarks().isEmpty()) {
			snippet = found.bodyMarks().get(0);
		}
		else if (!found.attachmentMarks().isEmpty()) {
			snippet = found.attachmentMarks().get(0);
		}
		else {
			snippet = Marks.snippet(found.body(), query, SNIPPET);
		}
		String place = scope.isNetwork() && owner != null ? owner.name() : null;
		return new SiteSearchHit(title, url, snippet.strip(), Seoul.at(found.from()).toLocalDate(), place);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}
}
