package org.ieum.market.collaboration;

import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the awardee of a collaboration call ({@link CallKind#COLLABORATION}) into a draft project of the call's center
 * led by the awarded organization. It runs after the selection commits, in a transaction of its own; until it succeeds
 * the event registry keeps the publication and delivers it again, which {@link Projects#fromAward} tolerates.
 */
@Component
class CollaborationAwards {

	private final Projects projects;

	CollaborationAwards(Projects projects) {
		this.projects = projects;
	}

	@ApplicationModuleListener
	void on(AwardeeSelected event) {
		if (event.kind() != CallKind.COLLABORATION) {
			return;
		}
		projects.fromAward(event);
	}
}
