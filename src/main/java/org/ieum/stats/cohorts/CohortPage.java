package org.ieum.stats.cohorts;

import java.time.LocalDate;
import java.util.List;

/** A cohort's staff page: what formed it, its progress table and its organizations with their milestone dates. */
public record CohortPage(long id, long centerId, String name, CohortSource source, Long sourceRef, LocalDate startsOn,
		CohortProgress progress, List<Member> members) {

	/** A member organization; {@code name} is null when it was merged into another since. */
	public record Member(long organizationId, String name, LocalDate founded, LocalDate designated,
			LocalDate certified) {
	}

	public CohortPage {
		members = List.copyOf(members);
	}
}
