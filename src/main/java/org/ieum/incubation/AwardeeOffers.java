package org.ieum.incubation;

import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the selection of an incubation call's awardee into a tenancy offer. It runs after
 * the selection commits, in a transaction of its own; until it succeeds the event registry
 * keeps the publication and delivers it again, which {@link Tenancies#offer} tolerates.
 */
@Component
class AwardeeOffers {

	private final Tenancies tenancies;

	AwardeeOffers(Tenancies tenancies) {
		this.tenancies = tenancies;
	}

	@ApplicationModuleListener
	void on(AwardeeSelected event) {
		if (event.kind() != CallKind.INCUBATION) {
			return;
		}
		tenancies.offer(event);
	}
}
