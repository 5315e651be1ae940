package org.ieum.content.guides;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.RichText;
import org.ieum.enterprises.DesignationGuides;
import org.ieum.enterprises.DesignationType;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 인·지정 안내: each center's guide to every designation, in four sections. Staff of the center write a section with
 * the posts' editor and it is cleaned the same way; an empty section goes back to the default text, so a guide is
 * never blank and the readiness checklist can always link to it.
 */
@Service
@Transactional
class Guides implements DesignationGuides {

	private static final int MAX_BODY = 100_000;

	private final GuideTextRepository texts;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	Guides(GuideTextRepository texts, CentersApi centers, MessageSource messages, Clock clock) {
		this.texts = texts;
		this.centers = centers;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- what visitors read

	@Transactional(readOnly = true)
	List<GuideViews.Entry> topics() {
		return Arrays.stream(GuideTopic.values()).map(t -> new GuideViews.Entry(t.path(), name(t))).toList();
	}

	@Transactional(readOnly = true)
	GuideViews.Guide guide(String slug, String path) {
		CenterSummary center = centers.findBySlug(slug).orElseThrow(() -> Refusal.notFound("guides.error.noCenter"));
		return guide(center.id(), topic(path));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> guideOf(long centerId, DesignationType designation) {
		return centers.findById(centerId).map(c -> "/c/" + c.slug() + "/guides/" + GuideTopic.of(designation).path());
	}

	// ---- what staff change

	@Transactional(readOnly = true)
	GuideViews.Edit edit(long centerId, String path) {
		Authorities.requireCenterStaff(centerId);
		CenterSummary center = centers.findById(centerId).orElseThrow(() -> Refusal.notFound("guides.error.noCenter"));
		return new GuideViews.Edit(centerId, center.name(), center.slug(), guide(centerId, topic(path)), topics());
	}

	/**
	 * Replaces the sections sent; a section sent empty goes back to the default text. Every section is checked before
	 * any is saved, so a refused one changes nothing.
	 */
	void write(long centerId, String path, Map<GuideSection, String> bodies) {
		Authorities.requireCenterStaff(centerId);
		centers.findById(centerId).orElseThrow(() -> Refusal.notFound("guides.error.noCenter"));
		GuideTopic topic = topic(path);
		Map<GuideSection, String> cleaned = new EnumMap<>(GuideSection.class);
		for (Map.Entry<GuideSection, String> body : bodies.entrySet()) {
			String html = body.getValue() == null ? "" : RichText.of(body.getValue()).html();
			if (html.length() > MAX_BODY) {
				throw new Refusal("guides.error.tooLong", messages.getMessage("guides.section." + body.getKey(), null,
						LocaleContextHolder.getLocale()));
			}
			cleaned.put(body.getKey(), html);
		}
		Map<GuideSection, GuideText> stored = texts.findByCenterIdAndTopic(centerId, topic).stream()
			.collect(Collectors.toMap(GuideText::getSection, Function.identity()));
		Instant now = clock.instant();
		cleaned.forEach((section, html) -> {
			GuideText text = stored.get(section);
			if (RichText.of(html).isEmpty() || html.equals(RichText.of(GuideDefaults.of(topic, section)).html())) {
				if (text != null) {
					texts.delete(text);
				}
			}
			else if (text == null) {
				texts.save(new GuideText(centerId, topic, section, html, now));
			}
			else if (!text.getBodyHtml().equals(html)) {
				text.rewrite(html, now);
			}
		});
	}

	private GuideViews.Guide guide(long centerId, GuideTopic topic) {
		Map<GuideSection, GuideText> stored = texts.findByCenterIdAndTopic(centerId, topic).stream()
			.collect(Collectors.toMap(GuideText::getSection, Function.identity()));
		List<GuideViews.Section> sections = new ArrayList<>();
		for (GuideSection section : GuideSection.values()) {
			GuideText text = stored.get(section);
			sections.add(text == null ? new GuideViews.Section(section.name(), GuideDefaults.of(topic, section), false)
					: new GuideViews.Section(section.name(), text.getBodyHtml(), true));
		}
		Instant updated = stored.values().stream().map(GuideText::getUpdatedAt).max(Instant::compareTo).orElse(null);
		return new GuideViews.Guide(topic.path(), name(topic), sections,
				updated == null ? null : Seoul.at(updated).toLocalDate());
	}

	private String name(GuideTopic topic) {
		return messages.getMessage("enterprises.designationType." + topic.designation(), null,
				LocaleContextHolder.getLocale());
	}

	private static GuideTopic topic(String path) {
		return GuideTopic.byPath(path).orElseThrow(() -> Refusal.notFound("guides.error.noGuide"));
	}
}
