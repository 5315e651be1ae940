package org.ieum.consulting;

import java.util.Map;

/**
 * Consulting figures for a set of centers and a calendar year (Asia/Seoul). Nothing here names
 * a person.
 *
 * @param sessions sessions held in the year
 * @param peopleServed people served by the requests that had a session held in the year
 *     (each request counts the number of people the client gave, at least one)
 * @param minutesByField minutes of sessions held, by field code (ACCOUNTING, LABOR, ...)
 * @param ratings ratings given to requests completed in the year
 * @param averageRatingTenths the average rating times ten (45 = 4.5), 0 without ratings
 */
public record ConsultingFigures(long sessions, long peopleServed, Map<String, Long> minutesByField, long ratings,
		long averageRatingTenths) {

	public ConsultingFigures {
		minutesByField = Map.copyOf(minutesByField);
	}
}
