package org.ieum.programs.call;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ieum.programs.call.CallViews.seoul;

/** Applications as pages show them; every method reads only. */
@Component
@Transactional(readOnly = true)
public class ApplicationViews {

	private final CallRepository calls;
	private final ApplicationRepository applications;
	private final ApplicationFileRepository files;
	private final CallViews callViews;
	private final Clock clock;

	ApplicationViews(CallRepository calls, ApplicationRepository applications, ApplicationFileRepository files,
			CallViews callViews, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.files = files;
		this.callViews = callViews;
		this.clock = clock;
	}

	/** The applicant's view: the decision only once results are out. */
	public ProgramViews.ApplicationView application(Application a) {
		ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
		Instant now = clock.instant();
		boolean open = call.acceptsAt(now);
		return new ProgramViews.ApplicationView(a.getId(), call.getId(), call.getTitle(), callViews.slugOf(call),
				call.statusAt(now), a.getApplicantName(), a.getApplicantEmail(), a.getStatus(), a.getReceiptNumber(),
				seoul(a.getSubmittedAt()), a.getEligibility(), a.getEligibilityReason(),
				call.isPublished() ? a.getDecision() : Decision.NONE, a.getReserveRank(), a.getAgreementOn(),
				a.getSupportAmountWon(), a.getAnswers(),
				fileViews(files.findByApplicationIdAndReportIdIsNullOrderByIdAsc(a.getId())),
				open && a.getStatus() == ApplicationStatus.DRAFT, open && a.getStatus() == ApplicationStatus.SUBMITTED,
				call.isPublished(), seoul(a.getUpdatedAt()));
	}

	/** The staff's view: the decision before publication too. */
	public ProgramViews.ApplicationView applicationForStaff(Application a) {
		ProgramViews.ApplicationView v = application(a);
		return new ProgramViews.ApplicationView(v.id(), v.callId(), v.callTitle(), v.centerSlug(), v.callStatus(),
				v.applicantName(), v.applicantEmail(), v.status(), v.receiptNumber(), v.submittedAt(), v.eligibility(),
				v.eligibilityReason(), a.getDecision(), v.reserveRank(), v.agreementOn(), v.supportAmountWon(),
				v.answers(), v.files(), v.editable(), v.withdrawable(), v.resultsPublished(), v.updatedAt());
	}

	/** A person's applications, newest first. */
	public List<ProgramViews.MyApplicationRow> mine(long accountId) {
		return applications.findByApplicantAccountIdOrderByIdDesc(accountId).stream().map(a -> {
			ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
			return new ProgramViews.MyApplicationRow(a.getId(), call.getTitle(), callViews.slugOf(call), call.getId(),
					a.getApplicantName(), a.getStatus(), a.getReceiptNumber(), seoul(call.getClosesAt()),
					call.statusAt(clock.instant()), call.isPublished() ? a.getDecision() : Decision.NONE,
					call.isPublished());
		}).toList();
	}

	/** How many applications to a call are still drafts, which staff see as a count and never open. */
	public int draftsOf(long callId) {
		return applications.findByCallIdAndStatusOrderByIdAsc(callId, ApplicationStatus.DRAFT).size();
	}

	public static Map<Long, List<ProgramViews.FileView>> fileViews(List<ApplicationFile> list) {
		return list.stream()
			.map(f -> new ProgramViews.FileView(f.getId(), f.getFieldId(), f.getOriginalName(),
					Math.max(1, (f.getSizeBytes() + 1023) / 1024)))
			.collect(Collectors.groupingBy(ProgramViews.FileView::fieldId));
	}
}
