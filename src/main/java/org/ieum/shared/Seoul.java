package org.ieum.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Every business date and deadline in Ieum is read in Korean time. */
public final class Seoul {

	public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private Seoul() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZONE);
	}
}
