package org.ieum.enterprises.readiness;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.enterprises.records.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When staff merge a duplicate organization into the kept one, its checklists follow whole: a checklist the kept
 * organization has not started moves over with its states and evidence; one it has started keeps the kept one's
 * requirements, and the duplicate's are removed (one row per organization and requirement).
 */
@Component
class ReadinessFollowsMerges {

	private final ReadinessItemRepository items;

	ReadinessFollowsMerges(ReadinessItemRepository items) {
		this.items = items;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		Set<Track> started = items.findByOrganizationIdOrderByIdAsc(merged.keptId()).stream()
			.map(ReadinessItem::getTrack)
			.collect(Collectors.toSet());
		List<ReadinessItem> duplicates = items.findByOrganizationIdOrderByIdAsc(merged.duplicateId());
		for (ReadinessItem item : duplicates) {
			if (started.contains(item.getTrack())) {
				items.delete(item);
			}
			else {
				item.moveTo(merged.keptId());
			}
		}
		items.flush();
	}
}
