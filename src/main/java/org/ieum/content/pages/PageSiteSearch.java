package org.ieum.content.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.RichText;
import org.ieum.shared.Seoul;
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

	private final EntityManager entityManager;
	private final CentersApi centers;
	private final MessageSource messages;

	PageSiteSearch(EntityManager entityManager, CentersApi centers, MessageSource messages) {
		this.entityManager = entityManager;
		this.centers = centers;
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
		String pattern = Marks.likePattern(query);
		long center = scope.isNetwork() ? -1L : scope.centerId();
		List<SiteSearchHit> hits = new ArrayList<>();

		List<SitePage> texts = entityManager.createQuery("select p from SitePage p where (:all = true or p.centerId = :center)"
				+ " and lower(p.bodyHtml) like :p escape '!' order by p.centerId, p.kind", SitePage.class)
			.setParameter("all", scope.isNetwork()).setParameter("center", center).setParameter("p", pattern)
			.setMaxResults(MAX_ROWS).getResultList();
		for (SitePage text : texts) {
			// the pattern may have matched inside a tag; only the words a visitor reads count
			String words = RichText.of(text.getBodyHtml()).text();
			if (words.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
				String path = text.getKind() == PageKind.GREETING ? "greeting" : "directions";
				hit(hits, scope, text.getCenterId(), path, Marks.snippet(words, query, 160), text.getUpdatedAt());
			}
		}

		List<Object[]> history = entityManager.createQuery("select h.centerId, h.year, h.text from HistoryRow h"
				+ " where (:all = true or h.centerId = :center) and lower(h.text) like :p escape '!'"
				+ " order by h.centerId, h.year desc", Object[].class)
			.setParameter("all", scope.isNetwork()).setParameter("center", center).setParameter("p", pattern)
			.setMaxResults(MAX_ROWS).getResultList();
		history.stream().map(r -> (Long) r[0]).distinct().forEach(owner -> {
			Object[] first = history.stream().filter(r -> r[0].equals(owner)).findFirst().orElseThrow();
			hit(hits, scope, owner, "history", Marks.snippet(first[1] + "년 " + first[2], query, 160), null);
		});

		List<Object[]> people = entityManager.createQuery("select m.centerId, m.team, m.name, m.role from OrgMember m"
				+ " where (:all = true or m.centerId = :center) and (lower(m.team) like :p escape '!'"
				+ " or lower(m.name) like :p escape '!' or lower(coalesce(m.role, '')) like :p escape '!')"
				+ " order by m.centerId, m.team", Object[].class)
			.setParameter("all", scope.isNetwork()).setParameter("center", center).setParameter("p", pattern)
			.setMaxResults(MAX_ROWS).getResultList();
		people.stream().map(r -> (Long) r[0]).distinct().forEach(owner -> {
			Object[] first = people.stream().filter(r -> r[0].equals(owner)).findFirst().orElseThrow();
			String line = first[1] + " · " + first[2] + (first[3] == null ? "" : " · " + first[3]);
			hit(hits, scope, owner, "organization", Marks.snippet(line, query, 160), null);
		});

		int from = (int) Math.min((long) page * size, hits.size());
		int to = (int) Math.min((long) from + Math.max(size, 0), hits.size());
		return new SiteSearchPage(hits.size(), List.copyOf(hits.subList(from, to)));
	}

	private void hit(List<SiteSearchHit> hits, SiteSearchScope scope, long centerId, String path, String snippet,
			Instant updated) {
		CenterSummary center = centers.findById(centerId).orElse(null);
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
