package org.ieum.centers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ieum.shared.PortalHomeSection;
import org.ieum.shared.Seoul;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A center's public portal: its home page and 센터소개. */
@Controller
class PortalController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CenterDirectory directory;
	private final OpeningHoursCalendar hours;
	private final MessageSource messages;
	private final Clock clock;
	private final ObjectProvider<PortalHomeSection> sections;

	PortalController(CenterDirectory directory, OpeningHoursCalendar hours, MessageSource messages, Clock clock,
			ObjectProvider<PortalHomeSection> sections) {
		this.directory = directory;
		this.hours = hours;
		this.messages = messages;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping("/c/{slug}")
	String home(@PathVariable String slug, Locale locale, Model model) {
		Center center = center(slug);
		LocalDate today = Seoul.today(clock);
		model.addAttribute("center", centerView(center));
		directory.mainSiteOf(center.getId()).ifPresent(site -> {
			model.addAttribute("mainSite", site.summary());
			model.addAttribute("today", todayText(hours.hoursOn(site.getId(), today), locale));
		});
		model.addAttribute("children", directory.childrenOf(center.getId()).stream().map(Center::summary).toList());
		// what the other modules put on the home page (banners, notices, calls, courses), by place and order
		List<PortalHomeSection.Part> parts = sections.orderedStream()
			.flatMap(s -> s.partsFor(center.getId(), center.getSlug()).stream())
			.sorted(Comparator.comparingInt(PortalHomeSection.Part::order))
			.toList();
		model.addAttribute("topParts", parts.stream().filter(p -> p.place() == PortalHomeSection.Place.TOP).toList());
		model.addAttribute("cardParts", parts.stream().filter(p -> p.place() == PortalHomeSection.Place.CARDS).toList());
		return "centers/portal";
	}

	@GetMapping("/c/{slug}/about")
	String about(@PathVariable String slug, Locale locale, Model model) {
		Center center = center(slug);
		LocalDate today = Seoul.today(clock);
		model.addAttribute("center", centerView(center));
		model.addAttribute("sites", directory.sitesOf(center.getId()).stream()
			.map(site -> siteView(site, today, locale))
			.toList());
		model.addAttribute("contacts", directory.contactsOf(center.getId()).stream()
			.map(c -> new ContactView(c.getTeam(), c.getDuty(), c.getPhone()))
			.toList());
		return "centers/about";
	}

	private Center center(String slug) {
		return directory.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CenterView centerView(Center c) {
		return new CenterView(c.getSlug(), c.getName(), paragraphs(c.getIntroduction()), paragraphs(c.getDirections()),
				c.getOperatorName(), c.getContractStart(), c.getContractEnd(), c.getPhone(), c.getEmail());
	}

	private SiteView siteView(Site site, LocalDate today, Locale locale) {
		List<DayRow> week = hours.weekly(site.getId()).stream()
			.map(h -> new DayRow(OpeningHoursCalendar.dayName(h.day(), locale), hours.hoursText(h, locale), h.open()))
			.toList();
		List<ExceptionRow> upcoming = hours.upcomingExceptions(site.getId(), today).stream()
			.map(e -> new ExceptionRow(e.getStartsOn(), e.getEndsOn(),
					e.isClosed() ? messages.getMessage("centers.hours.closed", null, locale)
							: range(e.getOpensAt(), e.getClosesAt(), locale),
					e.getNote()))
			.toList();
		return new SiteView(site.summary(), week, upcoming);
	}

	private String todayText(OpeningHoursOnDate today, Locale locale) {
		String text = hours.hoursText(today, locale);
		return today.note() == null ? text : text + " (" + today.note() + ")";
	}

	private String range(LocalTime opens, LocalTime closes, Locale locale) {
		return messages.getMessage("centers.hours.range", new Object[] { TIME.format(opens), TIME.format(closes) }, locale);
	}

	private static List<String> paragraphs(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	record CenterView(String slug, String name, List<String> introduction, List<String> directions, String operatorName,
			LocalDate contractStart, LocalDate contractEnd, String phone, String email) {
	}

	record SiteView(SiteSummary site, List<DayRow> week, List<ExceptionRow> upcoming) {
	}

	record DayRow(String day, String hours, boolean open) {
	}

	record ExceptionRow(LocalDate startsOn, LocalDate endsOn, String hours, String note) {
	}

	record ContactView(String team, String duty, String phone) {
	}
}
