package org.ieum.programs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.ApplicationStatus;
import org.ieum.programs.call.CallRepository;
import org.ieum.shared.MyPageSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applications the person started but has not submitted, with their call's closing time, for the My page home. */
@Component
public class MyPageDeadlines implements MyPageSummary {

	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final Clock clock;

	MyPageDeadlines(ApplicationRepository applications, CallRepository calls, Clock clock) {
		this.applications = applications;
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> upcomingFor(long accountId) {
		Instant now = clock.instant();
		return applications.findByApplicantAccountIdOrderByIdDesc(accountId).stream()
			.filter(a -> a.getStatus() == ApplicationStatus.DRAFT)
			.flatMap(a -> calls.findById(a.getCallId()).stream())
			.filter(call -> call.getClosesAt() != null && call.getClosesAt().isAfter(now))
			.map(call -> new Item("my.upcoming.kind.deadline", call.getTitle(), call.getClosesAt(), "/my/programs"))
			.toList();
	}
}
