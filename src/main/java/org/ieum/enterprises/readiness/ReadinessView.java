package org.ieum.enterprises.readiness;

import java.time.LocalDate;
import java.util.List;

/** An organization's checklists, one per designation staff help it prepare for, with the share met. */
public record ReadinessView(long organizationId, String name, List<Checklist> checklists, List<Track> notStarted) {

	/** A designation's checklist and the share of its requirements met, in whole percent. */
	public record Checklist(Track track, int percent, long met, List<Item> items) {
	}

	/** One requirement as the pages show it. */
	public record Item(long id, Requirement requirement, ItemState state, Long number, LocalDate date,
			String fileName, String note, Long consultantExpertId, Long courseId, LocalDate updatedOn) {
	}
}
