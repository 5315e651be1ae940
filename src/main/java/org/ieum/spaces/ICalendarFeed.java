package org.ieum.spaces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes reservations as an RFC 5545 calendar: UTC times (no VTIMEZONE needed), CRLF line
 * ends, text escaped and lines folded at 75 octets. A reservation keeps its UID across
 * feeds, so a calendar app updates an event instead of duplicating it.
 */
@Component
class ICalendarFeed {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** One event: {@code description} may be null. */
	record Event(long reservationId, Instant start, Instant end, String summary, String location, String description,
			boolean tentative, Instant stamp) {
	}

	private final String host;

	ICalendarFeed(@Value("${ieum.base-url}") String baseUrl) {
		String configured = URI.create(baseUrl).getHost();
		this.host = configured == null ? "ieum.local" : configured;
	}

	String write(String calendarName, List<Event> events) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Ieum//Spaces//KO");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(calendarName));
		for (Event e : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:reservation-" + e.reservationId() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(e.stamp()));
			line(out, "DTSTART:" + UTC.format(e.start()));
			line(out, "DTEND:" + UTC.format(e.end()));
			line(out, "SUMMARY:" + escape(e.summary()));
			if (e.location() != null) {
				line(out, "LOCATION:" + escape(e.location()));
			}
			if (e.description() != null) {
				line(out, "DESCRIPTION:" + escape(e.description()));
			}
			line(out, "STATUS:" + (e.tentative() ? "TENTATIVE" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Folds at 75 octets without splitting a UTF-8 character (Korean is three octets each). */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
