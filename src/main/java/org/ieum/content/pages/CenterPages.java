package org.ieum.content.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ieum.centers.CenterProfile;
import org.ieum.centers.CentersApi;
import org.ieum.centers.SiteSummary;
import org.ieum.content.board.RichText;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's static pages: 인사말 and the transport text of 오시는 길 written with the posts' editor
 * and cleaned the same way, 연혁 as year rows, 조직도 as people grouped by team (rows, not free
 * HTML, so a phone number is always a number and the page reads well on a phone), and the map
 * key a center may set for 오시는 길. Only the center's staff change them.
 */
@Service
@Transactional
class CenterPages {

	private static final Pattern MAP_KEY = Pattern.compile("[A-Za-z0-9]{16,64}");
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ()-]{6,19}");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final int MAX_BODY = 100_000;

	private final SitePageRepository pages;
	private final HistoryRowRepository history;
	private final OrgMemberRepository members;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	CenterPages(SitePageRepository pages, HistoryRowRepository history, OrgMemberRepository members, CentersApi centers,
			MessageSource messages, Clock clock) {
		this.pages = pages;
		this.history = history;
		this.members = members;
		this.centers = centers;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- what visitors read

	@Transactional(readOnly = true)
	PageViews.Greeting greeting(String slug) {
		CenterProfile center = center(slug);
		String html = pages.findByCenterIdAndKind(center.id(), PageKind.GREETING).map(SitePage::getBodyHtml)
			.filter(b -> !b.isBlank()).orElse(null);
		return new PageViews.Greeting(center.name(), html, paragraphs(center.introduction()), center.operatorName());
	}

	@Transactional(readOnly = true)
	List<PageViews.HistoryYear> history(String slug) {
		Map<Integer, List<PageViews.HistoryEvent>> years = new LinkedHashMap<>();
		for (HistoryRow row : history.findByCenterIdOrderByYearDescMonthDescIdAsc(center(slug).id())) {
			years.computeIfAbsent(row.getYear(), y -> new ArrayList<>())
				.add(new PageViews.HistoryEvent(row.getMonth(), row.getText()));
		}
		return years.entrySet().stream().map(e -> new PageViews.HistoryYear(e.getKey(), e.getValue())).toList();
	}

	/** Teams in the order their first person was placed, people in their own order. */
	@Transactional(readOnly = true)
	List<PageViews.Team> organization(String slug) {
		Map<String, List<PageViews.Person>> teams = new LinkedHashMap<>();
		for (OrgMember m : members.findByCenterIdOrderByPositionAscIdAsc(center(slug).id())) {
			teams.computeIfAbsent(m.getTeam(), t -> new ArrayList<>())
				.add(new PageViews.Person(m.getName(), m.getRole(), m.getPhone()));
		}
		return teams.entrySet().stream().map(e -> new PageViews.Team(e.getKey(), e.getValue())).toList();
	}

	@Transactional(readOnly = true)
	PageViews.Directions directions(String slug, Locale locale) {
		CenterProfile center = center(slug);
		SiteSummary main = centers.sitesOf(center.id()).stream().findFirst().orElse(null);
		String address = main != null && main.address() != null ? main.address() : center.address();
		String phone = center.phone() != null ? center.phone() : main == null ? null : main.phone();
		List<PageViews.DayRow> week = main == null ? List.of() : centers.weeklyHours(main.id()).stream()
			.map(h -> new PageViews.DayRow(h.day().getDisplayName(TextStyle.FULL, locale),
					h.open() ? TIME.format(h.opens()) + "~" + TIME.format(h.closes())
							: messages.getMessage("sitepages.directions.closed", null, locale),
					h.open()))
			.toList();
		SitePage page = pages.findByCenterIdAndKind(center.id(), PageKind.DIRECTIONS).orElse(null);
		String query = address == null ? center.name() : address;
		String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
		return new PageViews.Directions(center.name(), address, phone,
				page == null || page.getBodyHtml().isBlank() ? null : page.getBodyHtml(), week,
				page == null ? null : page.getMapKey(), "https://map.kakao.com/?q=" + encoded,
				"https://map.naver.com/p/search/" + encoded);
	}

	// ---- what staff change

	@Transactional(readOnly = true)
	PageViews.Admin admin(long centerId) {
		Authorities.requireCenterStaff(centerId);
		var center = centers.findById(centerId).orElseThrow(() -> Refusal.notFound("sitepages.error.noCenter"));
		SitePage greeting = pages.findByCenterIdAndKind(centerId, PageKind.GREETING).orElse(null);
		SitePage directions = pages.findByCenterIdAndKind(centerId, PageKind.DIRECTIONS).orElse(null);
		return new PageViews.Admin(centerId, center.name(), center.slug(),
				greeting == null ? "" : greeting.getBodyHtml(), directions == null ? "" : directions.getBodyHtml(),
				directions == null ? null : directions.getMapKey(),
				history.findByCenterIdOrderByYearDescMonthDescIdAsc(centerId).stream()
					.map(h -> new PageViews.HistoryLine(h.getId(), h.getYear(), h.getMonth(), h.getText()))
					.toList(),
				members.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
					.map(m -> new PageViews.MemberLine(m.getId(), m.getTeam(), m.getName(), m.getRole(), m.getPhone()))
					.toList());
	}

	/** 인사말, cleaned like a post; an empty text goes back to the center's introduction. */
	void writeGreeting(long centerId, String body) {
		Authorities.requireCenterStaff(centerId);
		page(centerId, PageKind.GREETING).write(cleaned(body), null, clock.instant());
	}

	/** The transport text of 오시는 길 and the map key (empty: no map, links to map sites instead). */
	void writeDirections(long centerId, String body, String mapKey) {
		Authorities.requireCenterStaff(centerId);
		String key = mapKey == null ? "" : mapKey.strip();
		if (!key.isEmpty() && !MAP_KEY.matcher(key).matches()) {
			throw new Refusal("sitepages.error.mapKey");
		}
		page(centerId, PageKind.DIRECTIONS).write(cleaned(body), key.isEmpty() ? null : key, clock.instant());
	}

	void addHistory(long centerId, Integer year, Integer month, String text) {
		Authorities.requireCenterStaff(centerId);
		if (year == null || year < 1900 || year > 2100) {
			throw new Refusal("sitepages.error.year");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new Refusal("sitepages.error.month");
		}
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty() || clean.length() > 500) {
			throw new Refusal("sitepages.error.historyText");
		}
		history.save(new HistoryRow(centerId, year, month, clean));
	}

	void removeHistory(long rowId) {
		HistoryRow row = history.findById(rowId).orElseThrow(() -> Refusal.notFound("sitepages.error.noRow"));
		Authorities.requireCenterStaff(row.getCenterId());
		history.delete(row);
	}

	void addMember(long centerId, String team, String name, String role, String phone) {
		Authorities.requireCenterStaff(centerId);
		String cleanTeam = strip(team);
		String cleanName = strip(name);
		if (cleanTeam == null || cleanTeam.length() > 100) {
			throw new Refusal("sitepages.error.team");
		}
		if (cleanName == null || cleanName.length() > 60) {
			throw new Refusal("sitepages.error.name");
		}
		String cleanRole = strip(role);
		if (cleanRole != null && cleanRole.length() > 100) {
			throw new Refusal("sitepages.error.role");
		}
		String cleanPhone = strip(phone);
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			throw new Refusal("sitepages.error.phone");
		}
		int position = members.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.mapToInt(OrgMember::getPosition).max().orElse(0) + 1;
		members.save(new OrgMember(centerId, cleanTeam, cleanName, cleanRole, cleanPhone, position));
	}

	void removeMember(long memberId) {
		OrgMember member = members.findById(memberId).orElseThrow(() -> Refusal.notFound("sitepages.error.noRow"));
		Authorities.requireCenterStaff(member.getCenterId());
		members.delete(member);
	}

	void moveMember(long memberId, int step) {
		OrgMember member = members.findById(memberId).orElseThrow(() -> Refusal.notFound("sitepages.error.noRow"));
		Authorities.requireCenterStaff(member.getCenterId());
		List<OrgMember> order = new ArrayList<>(members.findByCenterIdOrderByPositionAscIdAsc(member.getCenterId()));
		int at = order.indexOf(member);
		int to = at + Integer.signum(step);
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.set(at, order.get(to));
		order.set(to, member);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).moveTo(i + 1);
		}
	}

	private SitePage page(long centerId, PageKind kind) {
		return pages.findByCenterIdAndKind(centerId, kind).orElseGet(() -> pages.save(new SitePage(centerId, kind, clock.instant())));
	}

	private static String cleaned(String body) {
		String html = RichText.of(body).html();
		if (html.length() > MAX_BODY) {
			throw new Refusal("sitepages.error.tooLong");
		}
		return html;
	}

	private CenterProfile center(String slug) {
		return centers.profile(slug).orElseThrow(() -> Refusal.notFound("sitepages.error.noCenter"));
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static List<String> paragraphs(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
