package org.ieum.programs.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.ApplicationStatus;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramMails;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff screen eligibility, select awardees and reserves by the ranking, and publish
 * the results. Publishing announces each awardee as {@link AwardeeSelected} in the same
 * transaction (the event publication registry delivers it after the commit).
 */
@Service
@Transactional
public class Selection {

	private final CallRepository calls;
	private final ApplicationRepository applications;
	private final ProgramMails mails;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Selection(CallRepository calls, ApplicationRepository applications, ProgramMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	public void screen(long applicationId, boolean eligible, String reason) {
		Application application = managed(applicationId);
		requireNotPublished(application.getCallId());
		if (reason != null && reason.length() > 1000) {
			throw new Refusal("programs.error.reasonTooLong");
		}
		application.screen(eligible, reason, clock.instant());
	}

	/** Before the deadline nothing is final, so nothing can be selected. */
	public void decide(long applicationId, Decision decision, Integer reserveRank) {
		Application application = managed(applicationId);
		ProgramCall call = calls.lockById(application.getCallId())
			.orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		Instant now = clock.instant();
		if (call.isPublished()) {
			throw new Refusal("programs.error.published");
		}
		if (now.isBefore(call.getClosesAt())) {
			throw new Refusal("programs.error.stillOpen");
		}
		if (decision == Decision.AWARDED && application.getDecision() != Decision.AWARDED) {
			long awarded = applications.findByCallIdAndStatusOrderByIdAsc(call.getId(), ApplicationStatus.SUBMITTED)
				.stream()
				.filter(a -> a.getDecision() == Decision.AWARDED)
				.count();
			if (awarded >= call.getAwardCount()) {
				throw new Refusal("programs.error.tooManyAwards");
			}
		}
		application.decide(decision, reserveRank, now);
	}

	public void publish(long callId) {
		ProgramCall call = calls.lockById(callId).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		Authorities.requireCenterStaff(call.getCenterId());
		List<Application> submitted = applications.findByCallIdAndStatusOrderByIdAsc(callId, ApplicationStatus.SUBMITTED);
		if (submitted.stream().noneMatch(a -> a.getDecision() == Decision.AWARDED)) {
			throw new Refusal("programs.error.noAwardees");
		}
		Instant now = clock.instant();
		call.publishResults(now);
		for (Application application : submitted) {
			if (application.getDecision() == Decision.AWARDED) {
				events.publishEvent(new AwardeeSelected(callId, call.getKind(), call.getCenterId(), application.getId(),
						application.getReceiptNumber(), call.getTitle(), application.getApplicantAccountId(),
						application.getOrganizationId(), application.getApplicantName(), now));
			}
			mails.resultsPublished(application, call);
		}
	}

	private Application managed(long applicationId) {
		Application application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
		Authorities.requireCenterStaff(application.getCenterId());
		return application;
	}

	private void requireNotPublished(long callId) {
		calls.findById(callId).filter(ProgramCall::isPublished).ifPresent(c -> {
			throw new Refusal("programs.error.published");
		});
	}
}
