package org.ieum.content.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.RichText;
import org.ieum.shared.Seoul;
import org.ieum.shared.search.LikeSearch;
import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's static pages in the site search: 인사말 and 오시는 길 by their text, 연혁 by its rows,
 * 조직도 by team, name and role. A center has a handful of such rows, so the words are matched
 * as written, without an index; each page is one hit however many of its rows match.
 */
@Component
class PageSiteSearch implements SiteSearchSource {

	/** Enough rows to find every page of every center of a network; a page is one hit. */
	private static final int MAX_ROWS = 500;

	private final LikeSearch texts;
	private final LikeSearch history;
	private final LikeSearch people;
	private final LongFunction<Optional<LikeSearch.Center>> owners;
	private final MessageSource messages;

	PageSiteSearch(EntityManager entityManager, CentersApi centers, MessageSource messages) {
		this.owners = id -> centers.findById(id).map(c -> new LikeSearch.Center(c.slug(), c.name()));
		this.texts = new LikeSearch(entityManager, owners, "p.id, p.centerId, p.kind, p.bodyHtml, p.updatedAt",
				"from SitePage p where (:all = true or p.centerId = :center) and lower(p.bodyHtml) like :p escape '!'",
				"p.centerId, p.kind");
		this.history = new LikeSearch(entityManager, owners, "h.id, h.centerId, h.year, h.text",
				"from HistoryRow h where (:all = true or h.centerId = :center) and lower(h.text) like :p escape '!'",
				"h.centerId, h.year desc");
		this.people = new LikeSearch(entityManager, owners, "m.id, m.centerId, m.team, m.name, m.role",
				"from OrgMember m where (:all = true or m.centerId = :center) and (lower(m.team) like :p escape '!'"
						+ " or lower(m.name) like :p escape '!' or lower(coalesce(m.role, '')) like :p escape '!')",
				"m.centerId, m.team");
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "pages";
	}

	@Override
	public String labelKey() {
		return "search.kind.pages";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		List<SiteSearchHit> hits = new ArrayList<>();
		for (Object[] text : texts.rows(scope, query, MAX_ROWS)) {
			// the pattern may have matched inside a tag; only the words a visitor reads count
			String words = RichText.of((String) text[3]).text();
			if (words.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
				String path = text[2] == PageKind.GREETING ? "greeting" : "directions";
				hit(hits, scope, (Long) text[1], path, Marks.snippet(words, query, 160), (Instant) text[4]);
			}
		}
		firstOfEachCenter(history.rows(scope, query, MAX_ROWS), row -> hit(hits, scope, (Long) row[1], "history",
				Marks.snippet(row[2] + "년 " + row[3], query, 160), null));
		firstOfEachCenter(people.rows(scope, query, MAX_ROWS), row -> hit(hits, scope, (Long) row[1], "organization",
				Marks.snippet(row[2] + " · " + row[3] + (row[4] == null ? "" : " · " + row[4]), query, 160), null));

		int from = (int) Math.min((long) page * size, hits.size());
		int to = (int) Math.min((long) from + Math.max(size, 0), hits.size());
		return new SiteSearchPage(hits.size(), List.copyOf(hits.subList(from, to)));
	}

	/** A page is one hit however many of its rows match: the first row of each center speaks for it. */
	private static void firstOfEachCenter(List<Object[]> rows, Consumer<Object[]> hit) {
		Set<Object> seen = new HashSet<>();
		rows.stream().filter(row -> seen.add(row[1])).forEach(hit);
	}

	private void hit(List<SiteSearchHit> hits, SiteSearchScope scope, long centerId, String path, String snippet,
			Instant updated) {
		LikeSearch.Center center = owners.apply(centerId).orElse(null);
		if (center == null) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String title = messages.getMessage("sitepages.menu." + path, null, locale);
		LocalDate date = updated == null ? null : Seoul.at(updated).toLocalDate();
		hits.add(new SiteSearchHit(title, "/c/" + center.slug() + "/pages/" + path, snippet, date,
				scope.isNetwork() ? center.name() : null));
	}
}
