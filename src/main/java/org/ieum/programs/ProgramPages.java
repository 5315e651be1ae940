package org.ieum.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the page views from the entities; every method reads only. */
@Component
@Transactional(readOnly = true)
class ProgramPages {

	private final CallRepository calls;
	private final FormFieldRepository fields;
	private final CriterionRepository criteria;
	private final ApplicationRepository applications;
	private final ApplicationFileRepository files;
	private final ReviewRepository reviews;
	private final ReportRepository reports;
	private final Selection selection;
	private final CentersApi centers;
	private final Clock clock;

	ProgramPages(CallRepository calls, FormFieldRepository fields, CriterionRepository criteria,
			ApplicationRepository applications, ApplicationFileRepository files, ReviewRepository reviews,
			ReportRepository reports, Selection selection, CentersApi centers, Clock clock) {
		this.calls = calls;
		this.fields = fields;
		this.criteria = criteria;
		this.applications = applications;
		this.files = files;
		this.reviews = reviews;
		this.reports = reports;
		this.selection = selection;
		this.centers = centers;
		this.clock = clock;
	}

	static LocalDateTime seoul(Instant instant) {
		return instant == null ? null : Seoul.at(instant).toLocalDateTime();
	}

	/** A center's announced calls, for the public pages and the API; drafts stay with staff. */
	List<ProgramViews.CallCard> callsOf(long centerId) {
		return calls.findByCenterIdOrderByOpensAtDescIdDesc(centerId).stream()
			.filter(ProgramCall::isAnnounced)
			.map(this::card)
			.toList();
	}

	/** How many applications to a call are still drafts, which staff see as a count and never open. */
	int draftsOf(long callId) {
		return applications.findByCallIdAndStatusOrderByIdAsc(callId, ApplicationStatus.DRAFT).size();
	}

	/** Every call of the centers, drafts included, for their staff. */
	List<ProgramViews.CallCard> callsOf(List<Long> centerIds) {
		return calls.findByCenterIdInOrderByOpensAtDescIdDesc(centerIds).stream().map(this::card).toList();
	}

	Optional<ProgramCall> publicCall(long centerId, long callId) {
		return calls.findById(callId).filter(c -> c.getCenterId() == centerId && c.isAnnounced());
	}

	ProgramViews.CallCard card(ProgramCall c) {
		String slug = centers.findById(c.getCenterId()).map(CenterSummary::slug).orElse("");
		return new ProgramViews.CallCard(c.getId(), c.getCenterId(), slug, c.getTitle(), c.getKind(),
				c.statusAt(clock.instant()), c.getApplicantType(), seoul(c.getOpensAt()), seoul(c.getClosesAt()),
				c.getBudgetWon(), c.getAwardCount(), c.isAnnounced());
	}

	ProgramViews.CallView view(ProgramCall c) {
		List<ProgramViews.CriterionView> list = criteria.findByCallIdOrderBySortOrderAscIdAsc(c.getId()).stream()
			.map(k -> new ProgramViews.CriterionView(k.getId(), k.getName(), k.getWeight(), k.getMaxScore()))
			.toList();
		return new ProgramViews.CallView(card(c), c.getPurpose(), c.getEligibleTypes(), c.getEligibleRegion(),
				c.getEligibleStage(), c.getRequiredDocuments(), c.isScoresVisible(), c.isTrimmedMean(),
				form(c.getId(), FormKind.APPLICATION), form(c.getId(), FormKind.REPORT), list,
				list.stream().mapToInt(ProgramViews.CriterionView::weight).sum());
	}

	List<ProgramViews.FieldView> form(long callId, FormKind kind) {
		return fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, kind).stream()
			.map(f -> new ProgramViews.FieldView(f.getId(), f.getLabel(), f.getFieldType(), f.isRequired(),
					f.choiceList()))
			.toList();
	}

	ProgramViews.ApplicationView application(Application a) {
		ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
		Instant now = clock.instant();
		boolean open = call.acceptsAt(now);
		return new ProgramViews.ApplicationView(a.getId(), call.getId(), call.getTitle(),
				centers.findById(call.getCenterId()).map(CenterSummary::slug).orElse(""), call.statusAt(now),
				a.getApplicantName(), a.getApplicantEmail(), a.getStatus(), a.getReceiptNumber(),
				seoul(a.getSubmittedAt()), a.getEligibility(), a.getEligibilityReason(),
				call.isPublished() ? a.getDecision() : Decision.NONE, a.getReserveRank(), a.getAgreementOn(),
				a.getSupportAmountWon(), a.getAnswers(),
				fileViews(files.findByApplicationIdAndReportIdIsNullOrderByIdAsc(a.getId())),
				open && a.getStatus() == ApplicationStatus.DRAFT, open && a.getStatus() == ApplicationStatus.SUBMITTED,
				call.isPublished(), seoul(a.getUpdatedAt()));
	}

	/** The staff's view: the decision before publication too. */
	ProgramViews.ApplicationView applicationForStaff(Application a) {
		ProgramViews.ApplicationView v = application(a);
		return new ProgramViews.ApplicationView(v.id(), v.callId(), v.callTitle(), v.centerSlug(), v.callStatus(),
				v.applicantName(), v.applicantEmail(), v.status(), v.receiptNumber(), v.submittedAt(), v.eligibility(),
				v.eligibilityReason(), a.getDecision(), v.reserveRank(), v.agreementOn(), v.supportAmountWon(),
				v.answers(), v.files(), v.editable(), v.withdrawable(), v.resultsPublished(), v.updatedAt());
	}

	static Map<Long, List<ProgramViews.FileView>> fileViews(List<ApplicationFile> list) {
		return list.stream()
			.map(f -> new ProgramViews.FileView(f.getId(), f.getFieldId(), f.getOriginalName(),
					Math.max(1, (f.getSizeBytes() + 1023) / 1024)))
			.collect(Collectors.groupingBy(ProgramViews.FileView::fieldId));
	}

	List<ProgramViews.MyApplicationRow> mine(long accountId) {
		return applications.findByApplicantAccountIdOrderByIdDesc(accountId).stream().map(a -> {
			ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
			return new ProgramViews.MyApplicationRow(a.getId(), call.getTitle(),
					centers.findById(call.getCenterId()).map(CenterSummary::slug).orElse(""), call.getId(),
					a.getApplicantName(), a.getStatus(), a.getReceiptNumber(), seoul(call.getClosesAt()),
					call.statusAt(clock.instant()), call.isPublished() ? a.getDecision() : Decision.NONE,
					call.isPublished());
		}).toList();
	}

	List<ProgramViews.ReviewRow> reviewsOf(long accountId) {
		return reviews.findByReviewerAccountIdOrderByIdDesc(accountId).stream().map(r -> {
			Application a = applications.findById(r.getApplicationId()).orElseThrow();
			ProgramCall call = calls.findById(r.getCallId()).orElseThrow();
			return new ProgramViews.ReviewRow(r.getId(), a.getId(), call.getTitle(), a.getApplicantName(),
					a.getReceiptNumber(), r.getStatus(), seoul(call.getClosesAt()));
		}).toList();
	}

	ProgramViews.ReviewView review(Review r, List<Criterion> list) {
		return new ProgramViews.ReviewView(r.getId(), r.getReviewerName(), r.getStatus(), r.getScores(),
				r.isSubmitted() ? Ranking.round(r.total(list)) : null);
	}

	List<Criterion> criteriaOf(long callId) {
		return criteria.findByCallIdOrderBySortOrderAscIdAsc(callId);
	}

	List<ProgramViews.ReviewView> reviewsOfApplication(long applicationId, long callId) {
		List<Criterion> list = criteriaOf(callId);
		return reviews.findByApplicationIdOrderByIdAsc(applicationId).stream().map(r -> review(r, list)).toList();
	}

	List<ProgramViews.RankRow> ranking(ProgramCall call) {
		Map<Long, Application> byId = applications
			.findByCallIdAndStatusOrderByIdAsc(call.getId(), ApplicationStatus.SUBMITTED).stream()
			.collect(Collectors.toMap(Application::getId, a -> a));
		Map<Long, List<Review>> reviewsBy = reviews.findByApplicationIdIn(byId.keySet()).stream()
			.collect(Collectors.groupingBy(Review::getApplicationId));
		return selection.ranking(call).stream().map(s -> {
			Application a = byId.get(s.applicationId());
			List<Review> mine = reviewsBy.getOrDefault(a.getId(), List.of());
			return new ProgramViews.RankRow(a.getId(), a.getApplicantName(), a.getReceiptNumber(), a.getEligibility(),
					mine.stream().filter(Review::isSubmitted).count(),
					mine.stream().filter(Review::counts).count(), s.score(), s.rank(),
					a.getDecision(), a.getReserveRank());
		}).toList();
	}

	/** The applicant's own scores, once results are out and only if the call shows them. */
	Optional<ProgramViews.OwnScores> ownScores(Application a) {
		ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
		if (!call.isPublished() || !call.isScoresVisible() || !a.isSubmitted()) {
			return Optional.empty();
		}
		List<Criterion> list = criteriaOf(call.getId());
		List<Review> submitted = reviews.findByApplicationIdOrderByIdAsc(a.getId()).stream()
			.filter(Review::isSubmitted)
			.toList();
		if (submitted.isEmpty()) {
			return Optional.empty();
		}
		List<ProgramViews.CriterionAverage> averages = list.stream()
			.map(c -> new ProgramViews.CriterionAverage(c.getName(), c.getMaxScore(),
					Ranking.round(submitted.stream().mapToInt(r -> r.getScores().getOrDefault(c.getId(), 0)).average()
						.orElse(0))))
			.toList();
		Ranking.Scored mine = selection.ranking(call).stream().filter(s -> s.applicationId() == a.getId())
			.findFirst().orElse(null);
		return Optional.of(new ProgramViews.OwnScores(averages, mine == null ? null : mine.score(),
				mine == null ? null : mine.rank()));
	}

	List<ProgramViews.ReportView> reportsOf(long applicationId) {
		return reports.findByApplicationIdOrderByDueOnAscIdAsc(applicationId).stream().map(this::report).toList();
	}

	ProgramViews.ReportView report(Report r) {
		return new ProgramViews.ReportView(r.getId(), r.getKind(), r.getDueOn(), r.getStatus(), seoul(r.getSubmittedAt()),
				r.getAnswers(), fileViews(files.findByReportIdOrderByIdAsc(r.getId())));
	}

}
