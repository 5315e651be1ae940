package org.ieum.enterprises.stages;

import java.time.LocalDate;
import java.util.List;

/**
 * One organization's stage page: where it stands, since when, and every move with its reason. {@code unlisted}: a
 * founding team not yet founded, kept out of the public directory, search, API and statistics.
 */
public record StagePage(long organizationId, String name, boolean foundingTeam, Stage current, LocalDate since,
		long days, List<Step> history, long managers, boolean unlisted) {

	/** A recorded move; {@code movedBy} is the staff member's name, or null for the demo data. */
	public record Step(Stage from, Stage to, LocalDate on, String reason, boolean backwards, String movedBy) {
	}
}
