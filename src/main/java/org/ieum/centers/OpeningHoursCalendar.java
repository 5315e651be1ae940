package org.ieum.centers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.ieum.centers.OpeningHoursOnDate.Basis;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "is this site open on that day": an exception entered by staff wins, then a
 * public holiday closes the site, then the regular weekday hours apply.
 */
@Service
@Transactional(readOnly = true)
class OpeningHoursCalendar {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final WeeklyHoursRepository weeklyHours;
	private final SpecialHoursRepository exceptions;
	private final MessageSource messages;
	private final JdbcTemplate jdbc;

	OpeningHoursCalendar(WeeklyHoursRepository weeklyHours, SpecialHoursRepository exceptions,
			MessageSource messages, JdbcTemplate jdbc) {
		this.weeklyHours = weeklyHours;
		this.exceptions = exceptions;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/**
	 * The three sources in one statement (a booking asks for every request): the newest
	 * covering exception, else the day's holidays by name, else the weekday's row. Rank orders
	 * them; the first row decides, and holidays are all joined into the note.
	 */
	private static final String HOURS_ON = """
			select 1 as source, e.id as tie, e.closed, e.opens_at, e.closes_at, e.note as text
			  from centers_hours_exception e where e.site_id = ? and e.starts_on <= ? and e.ends_on >= ?
			union all
			select 2, 0, true, cast(null as time), cast(null as time), h.name from centers_holiday h where h.holiday_date = ?
			union all
			select 3, 0, w.closed, w.opens_at, w.closes_at, cast(null as varchar(300))
			  from centers_weekly_hours w where w.site_id = ? and w.day_of_week = ?
			order by source, tie desc, text""";

	private record Source(int source, boolean closed, LocalTime opens, LocalTime closes, String text) {
	}

	OpeningHoursOnDate hoursOn(long siteId, LocalDate date) {
		List<Source> rows = jdbc.query(HOURS_ON,
				(rs, n) -> new Source(rs.getInt("source"), rs.getBoolean("closed"), rs.getObject("opens_at", LocalTime.class),
						rs.getObject("closes_at", LocalTime.class), rs.getString("text")),
				siteId, date, date, date, siteId, date.getDayOfWeek().getValue());
		if (rows.isEmpty()) {
			// a weekday nobody entered counts as closed
			return OpeningHoursOnDate.closed(siteId, date, Basis.WEEKLY, null);
		}
		Source first = rows.get(0);
		return switch (first.source()) {
			case 1 -> first.closed() ? OpeningHoursOnDate.closed(siteId, date, Basis.EXCEPTION, first.text())
					: OpeningHoursOnDate.open(siteId, date, first.opens(), first.closes(), Basis.EXCEPTION, first.text());
			case 2 -> OpeningHoursOnDate.closed(siteId, date, Basis.HOLIDAY, rows.stream()
				.filter(r -> r.source() == 2)
				.map(Source::text)
				.collect(Collectors.joining(", ")));
			default -> first.closed() || first.opens() == null || first.closes() == null
					? OpeningHoursOnDate.closed(siteId, date, Basis.WEEKLY, null)
					: OpeningHoursOnDate.open(siteId, date, first.opens(), first.closes(), Basis.WEEKLY, null);
		};
	}

	/** All seven days, Monday first; a day nobody entered counts as closed. */
	List<WeekdayHours> weekly(long siteId) {
		Map<DayOfWeek, WeeklyHours> byDay = new EnumMap<>(DayOfWeek.class);
		for (WeeklyHours hours : weeklyHours.findBySiteIdOrderByDayOfWeek(siteId)) {
			byDay.put(hours.day(), hours);
		}
		List<WeekdayHours> week = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			WeeklyHours hours = byDay.get(day);
			week.add(hours == null || hours.isClosed() ? new WeekdayHours(day, false, null, null)
					: new WeekdayHours(day, true, hours.getOpensAt(), hours.getClosesAt()));
		}
		return week;
	}

	List<SpecialHours> upcomingExceptions(long siteId, LocalDate today) {
		return exceptions.findEndingOnOrAfter(siteId, today);
	}

	/**
	 * One line for the footer, e.g. "평일 09:00~18:00 (목 ~21:00), 주말·공휴일 휴관": the most
	 * common weekday hours, the weekdays that differ, then the weekend.
	 */
	String summary(long siteId, Locale locale) {
		List<WeekdayHours> week = weekly(siteId);
		List<WeekdayHours> weekdays = week.subList(0, 5);
		WeekdayHours usual = weekdays.stream()
			.collect(Collectors.groupingBy(h -> List.of(h.open(), Objects.toString(h.opens()), Objects.toString(h.closes())),
					Collectors.toList()))
			.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).map(l -> l.get(0)).orElseThrow();
		StringBuilder line = new StringBuilder(msg("centers.hours.weekdays", locale, hoursText(usual, locale)));
		List<String> deviations = new ArrayList<>();
		for (WeekdayHours day : weekdays) {
			if (!sameHours(day, usual)) {
				deviations.add(dayName(day.day(), locale) + " " + deviationText(day, usual, locale));
			}
		}
		if (!deviations.isEmpty()) {
			line.append(" (").append(String.join(", ", deviations)).append(")");
		}
		WeekdayHours saturday = week.get(5);
		WeekdayHours sunday = week.get(6);
		line.append(", ");
		if (!saturday.open() && !sunday.open()) {
			line.append(msg("centers.hours.weekendClosed", locale));
		}
		else {
			line.append(dayName(DayOfWeek.SATURDAY, locale)).append(" ").append(hoursText(saturday, locale)).append(", ");
			line.append(dayName(DayOfWeek.SUNDAY, locale)).append(" ").append(hoursText(sunday, locale)).append(", ");
			line.append(msg("centers.hours.holidaysClosed", locale));
		}
		return line.toString();
	}

	String hoursText(WeekdayHours hours, Locale locale) {
		return hours.open() ? msg("centers.hours.range", locale, TIME.format(hours.opens()), TIME.format(hours.closes()))
				: msg("centers.hours.closed", locale);
	}

	String hoursText(OpeningHoursOnDate hours, Locale locale) {
		return hours.open() ? msg("centers.hours.range", locale, TIME.format(hours.opens()), TIME.format(hours.closes()))
				: msg("centers.hours.closed", locale);
	}

	static String dayName(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.SHORT, locale);
	}

	private String deviationText(WeekdayHours day, WeekdayHours usual, Locale locale) {
		if (day.open() && usual.open() && day.opens().equals(usual.opens())) {
			return msg("centers.hours.until", locale, TIME.format(day.closes()));
		}
		return hoursText(day, locale);
	}

	private static boolean sameHours(WeekdayHours a, WeekdayHours b) {
		return a.open() == b.open() && Objects.equals(a.opens(), b.opens()) && Objects.equals(a.closes(), b.closes());
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
