package org.ieum.shared;

import java.time.Instant;
import java.util.List;

/**
 * A module's part of a person's My page home: what is coming up for them (a booking, a course
 * session, a deadline). A module declares a bean of this type; the identity module's My page
 * lists what every module contributes, soonest first, without depending on any of them.
 */
public interface MyPageSummary {

	/** What is coming up for this account, from now on (at most a handful). */
	List<Item> upcomingFor(long accountId);

	/**
	 * @param kindKey message key of what it is ("예약", "교육", "마감")
	 * @param title what the person will recognize (the space, the course, the call)
	 * @param at when it starts or closes
	 * @param path the person's own page about it
	 */
	record Item(String kindKey, String title, Instant at, String path) {
	}
}
