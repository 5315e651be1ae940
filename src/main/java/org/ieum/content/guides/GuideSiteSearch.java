package org.ieum.content.guides;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The designation guides in the site search, by the words a visitor reads: a center's own sections where it wrote
 * them and the default text elsewhere. A guide is one hit however many of its sections match. A center has at most
 * 28 sections, so the words are matched in memory.
 */
@Component
class GuideSiteSearch implements SiteSearchSource {

	private final EntityManager entityManager;
	private final CentersApi centers;
	private final MessageSource messages;
	/** The words of the default texts, read once: most centers keep most of them. */
	private final Map<GuideTopic, Map<GuideSection, String>> defaultWords = new EnumMap<>(GuideTopic.class);

	GuideSiteSearch(EntityManager entityManager, CentersApi centers, MessageSource messages) {
		this.entityManager = entityManager;
		this.centers = centers;
		this.messages = messages;
		for (GuideTopic topic : GuideTopic.values()) {
			for (GuideSection section : GuideSection.values()) {
				defaultWords.computeIfAbsent(topic, t -> new EnumMap<>(GuideSection.class))
					.put(section, RichText.of(GuideDefaults.of(topic, section)).text());
			}
		}
	}

	@Override
	public String kind() {
		return "guides";
	}

	@Override
	public String labelKey() {
		return "guides.search.kind";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		Map<Long, Map<GuideTopic, Map<GuideSection, GuideText>>> written = new HashMap<>();
		for (GuideText text : entityManager
			.createQuery("from GuideText g where (:all = true or g.centerId = :center)", GuideText.class)
			.setParameter("all", scope.isNetwork())
			.setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.getResultList()) {
			written.computeIfAbsent(text.getCenterId(), c -> new EnumMap<>(GuideTopic.class))
				.computeIfAbsent(text.getTopic(), t -> new EnumMap<>(GuideSection.class))
				.put(text.getSection(), text);
		}
		String needle = query.toLowerCase(Locale.ROOT);
		Locale locale = LocaleContextHolder.getLocale();
		List<SiteSearchHit> hits = new ArrayList<>();
		for (CenterSummary center : centers.all()) {
			if (!scope.includes(center.id())) {
				continue;
			}
			for (GuideTopic topic : GuideTopic.values()) {
				Map<GuideSection, GuideText> own = written.getOrDefault(center.id(), Map.of()).getOrDefault(topic, Map.of());
				StringBuilder words = new StringBuilder();
				Instant updated = null;
				for (GuideSection section : GuideSection.values()) {
					GuideText text = own.get(section);
					words.append(text == null ? defaultWords.get(topic).get(section) : RichText.of(text.getBodyHtml()).text())
						.append(' ');
					if (text != null && (updated == null || text.getUpdatedAt().isAfter(updated))) {
						updated = text.getUpdatedAt();
					}
				}
				String designation = messages.getMessage("enterprises.designationType." + topic.designation(), null, locale);
				String all = words.toString().strip();
				if (all.toLowerCase(Locale.ROOT).contains(needle) || designation.toLowerCase(Locale.ROOT).contains(needle)) {
					LocalDate date = updated == null ? null : Seoul.at(updated).toLocalDate();
					hits.add(new SiteSearchHit(messages.getMessage("guides.title", new Object[] { designation }, locale),
							"/c/" + center.slug() + "/guides/" + topic.path(), Marks.snippet(all, query, 160), date,
							scope.isNetwork() ? center.name() : null));
				}
			}
		}
		int from = (int) Math.min((long) page * size, hits.size());
		int to = (int) Math.min((long) from + Math.max(size, 0), hits.size());
		return new SiteSearchPage(hits.size(), List.copyOf(hits.subList(from, to)));
	}
}
