package org.ieum.consulting.cases;

import java.time.Clock;

import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How much of this year's consulting hours the request's organization (or founder) has used. */
@Component
@Transactional(readOnly = true)
public class Budgets {

	private final ConsultingSessionRepository sessions;
	private final ConsultingProperties properties;
	private final Clock clock;

	public Budgets(ConsultingSessionRepository sessions, ConsultingProperties properties, Clock clock) {
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	public ConsultingViews.Budget budgetOf(ConsultingRequest request) {
		int year = Seoul.today(clock).getYear();
		return new ConsultingViews.Budget(year, properties.yearlyHours(),
				sessions.minutesUsed(request.getBudgetKey(), year, SessionStatus.CANCELLED));
	}
}
