package org.ieum.enterprises.readiness;

import java.time.LocalDate;
import java.util.List;

import org.ieum.enterprises.ReadinessReferences.Reference;

/** An organization's checklists, one per designation staff help it prepare for, with the share met. */
public record ReadinessView(long organizationId, String name, List<Checklist> checklists, List<Track> notStarted) {

	/**
	 * A designation's checklist and the share of its requirements met, in whole percent; guidePath is the public
	 * guide to the designation in the organization's center portal, or null when there is none.
	 */
	public record Checklist(Track track, int percent, long met, List<Item> items, String guidePath) {
	}

	/** One requirement as the pages show it, with the consultant and course it links to (null when none). */
	public record Item(long id, Requirement requirement, ItemState state, Long number, LocalDate date,
			String fileName, String note, Long consultantExpertId, Long courseId, Reference consultant,
			Reference course, LocalDate updatedOn) {
	}
}
