package org.ieum.spaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.springframework.stereotype.Component;

/**
 * Opening hours for slot views, remembered for a minute: a month view asks for thirty days
 * at once and must answer in milliseconds. Booking itself always asks the centers module
 * afresh, so a closure staff just entered can at worst show a free slot for a minute,
 * never let a booking through.
 */
@Component
class SiteHours {

	private static final Duration TTL = Duration.ofMinutes(1);
	private static final int MAX_ENTRIES = 20_000;

	private record Key(long siteId, LocalDate date) {
	}

	private record Entry(OpeningHoursOnDate hours, Instant fetched) {
	}

	private final CentersApi centers;
	private final Clock clock;
	private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

	SiteHours(CentersApi centers, Clock clock) {
		this.centers = centers;
		this.clock = clock;
	}

	OpeningHoursOnDate cached(long siteId, LocalDate date) {
		Instant now = clock.instant();
		Key key = new Key(siteId, date);
		Entry entry = cache.get(key);
		if (entry == null || entry.fetched().plus(TTL).isBefore(now) || entry.fetched().isAfter(now)) {
			if (cache.size() > MAX_ENTRIES) {
				cache.clear();
			}
			entry = new Entry(centers.hoursOn(siteId, date), now);
			cache.put(key, entry);
		}
		return entry.hours();
	}

	OpeningHoursOnDate fresh(long siteId, LocalDate date) {
		return centers.hoursOn(siteId, date);
	}
}
