package org.ieum.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an advertising message may leave and how it reads (정보통신망법 제50조): not between 21:00 and
 * 08:00 Seoul time (it waits until 08:00, it is not dropped), its title starts with "(광고)" and its
 * text ends with how to refuse further messages. Service messages are not advertising and go at once.
 * The quiet hours can be switched off with {@code ieum.advertising.quiet-hours=false} (only the
 * shared test context does, so tests that send at any hour stay repeatable).
 */
@Component
public class AdvertisingRules {

	public static final LocalTime QUIET_FROM = LocalTime.of(21, 0);

	public static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

	public static final String LABEL = "(광고)";

	private final boolean quietHours;

	public AdvertisingRules(@Value("${ieum.advertising.quiet-hours:true}") boolean quietHours) {
		this.quietHours = quietHours;
	}

	/** The moment an advertising message handed over now may leave: now, or the next 08:00 in Seoul. */
	public Instant dueAt(Instant now) {
		if (!quietHours) {
			return now;
		}
		LocalDateTime local = LocalDateTime.ofInstant(now, Seoul.ZONE);
		LocalTime time = local.toLocalTime();
		if (!time.isBefore(QUIET_FROM)) {
			return ZonedDateTime.of(local.toLocalDate().plusDays(1), QUIET_UNTIL, Seoul.ZONE).toInstant();
		}
		if (time.isBefore(QUIET_UNTIL)) {
			return ZonedDateTime.of(local.toLocalDate(), QUIET_UNTIL, Seoul.ZONE).toInstant();
		}
		return now;
	}

	/** Whether an advertising message may leave at this moment. */
	public boolean mayGoAt(Instant now) {
		return !dueAt(now).isAfter(now);
	}

	/** The title with "(광고)" in front (once). */
	public static String subject(String subject) {
		return subject.startsWith(LABEL) ? subject : LABEL + " " + subject;
	}

	/** The text with how to refuse as its last lines. */
	public static String body(String body, String howToRefuse) {
		return body.stripTrailing() + "\n\n" + howToRefuse;
	}
}
