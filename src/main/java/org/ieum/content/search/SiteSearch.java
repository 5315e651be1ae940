package org.ieum.content.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The site search (통합검색): asks every module's {@link SiteSearchSource} and puts the answers
 * on one page, a tab per kind with its count. Without a kind the page shows the first few of
 * each; a tab pages through its own kind. A source that fails is left out of the page (logged),
 * the others still answer.
 */
@Service
public class SiteSearch {

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	static final int PAGE_SIZE = 10;
	static final int PREVIEW = 3;
	/** Deeper pages are not offered (nobody reads 10,000 results; the index would have to skip them all). */
	static final int MAX_PAGE = 999;

	private final List<SiteSearchSource> sources;

	SiteSearch(List<SiteSearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SiteSearchSource::order)).toList();
	}

	/** A tab of the result page. */
	public record Tab(String kind, String labelKey, long count, boolean active) {
	}

	/** One result, its title and snippet as safe HTML with the matches marked. */
	public record Result(String titleHtml, String url, String snippetHtml, LocalDate date, String place) {
	}

	/** The first results of one kind, on the page of all kinds. */
	public record Group(String kind, String labelKey, long total, List<Result> results) {
	}

	/**
	 * What the page shows.
	 *
	 * @param q the words as typed (shown back in the box)
	 * @param problem a message key when the words cannot be searched (none, too long), else null
	 * @param kind the chosen tab, null for all kinds
	 * @param page the chosen tab's page of results, null without a tab
	 */
	public record View(String q, String problem, List<Tab> tabs, long total, String kind, List<Group> groups,
			Page<Result> page) {

		public boolean searched() {
			return problem == null;
		}
	}

	public View search(SiteSearchScope scope, String rawQuery, String rawKind, String rawPage) {
		String q = rawQuery == null ? "" : rawQuery.strip();
		if (q.isEmpty()) {
			return new View(q, "search.error.empty", List.of(), 0, null, List.of(), null);
		}
		if (q.codePointCount(0, q.length()) > Marks.MAX_QUERY) {
			return new View(q, "search.error.tooLong", List.of(), 0, null, List.of(), null);
		}
		SiteSearchSource chosen = sources.stream().filter(s -> s.kind().equals(rawKind)).findFirst().orElse(null);
		List<Tab> tabs = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		Page<Result> page = null;
		long total = 0;
		for (SiteSearchSource source : sources) {
			boolean active = source == chosen;
			SiteSearchPage found;
			if (active) {
				int number = pageNumber(rawPage);
				found = ask(source, scope, q, number, PAGE_SIZE);
				long last = found.total() == 0 ? 0 : (found.total() - 1) / PAGE_SIZE;
				if (number > last) {
					// a page past the end (a typed address, results that shrank) shows the last one
					number = (int) last;
					found = ask(source, scope, q, number, PAGE_SIZE);
				}
				page = new PageImpl<>(results(found, q), PageRequest.of(number, PAGE_SIZE), found.total());
			}
			else {
				found = ask(source, scope, q, 0, chosen == null ? PREVIEW : 1);
				if (chosen == null && found.total() > 0) {
					groups.add(new Group(source.kind(), source.labelKey(), found.total(), results(found, q)));
				}
			}
			tabs.add(new Tab(source.kind(), source.labelKey(), found.total(), active));
			total += found.total();
		}
		return new View(q, null, tabs, total, chosen == null ? null : chosen.kind(), groups, page);
	}

	private static SiteSearchPage ask(SiteSearchSource source, SiteSearchScope scope, String q, int page, int size) {
		try {
			return source.search(scope, q, page, size);
		}
		catch (RuntimeException e) {
			log.error("Site search source {} failed for a query of {} characters", source.kind(), q.length(), e);
			return SiteSearchPage.empty();
		}
	}

	private static List<Result> results(SiteSearchPage found, String q) {
		return found.hits().stream().map(hit -> result(hit, q)).toList();
	}

	private static Result result(SiteSearchHit hit, String q) {
		return new Result(Marks.html(hit.title(), q), hit.url(), Marks.html(hit.snippet(), q), hit.date(), hit.place());
	}

	/** Text, a negative number or a huge one in the address give the first or the deepest page offered. */
	static int pageNumber(String raw) {
		if (raw == null || !raw.strip().matches("[0-9]{1,9}")) {
			return 0;
		}
		return Math.min(Integer.parseInt(raw.strip()), MAX_PAGE);
	}
}
