package org.ieum.programs.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The calls as pages show them (cards, the call with its forms and criteria); every method reads only. */
@Component
@Transactional(readOnly = true)
public class CallViews {

	private final CallRepository calls;
	private final FormFieldRepository fields;
	private final CriterionRepository criteria;
	private final CentersApi centers;
	private final Clock clock;

	CallViews(CallRepository calls, FormFieldRepository fields, CriterionRepository criteria, CentersApi centers,
			Clock clock) {
		this.calls = calls;
		this.fields = fields;
		this.criteria = criteria;
		this.centers = centers;
		this.clock = clock;
	}

	public static LocalDateTime seoul(Instant instant) {
		return instant == null ? null : Seoul.at(instant).toLocalDateTime();
	}

	/** A center's announced calls, for the public pages and the API; drafts stay with staff. */
	public List<ProgramViews.CallCard> callsOf(long centerId) {
		return calls.findByCenterIdOrderByOpensAtDescIdDesc(centerId).stream()
			.filter(ProgramCall::isAnnounced)
			.map(this::card)
			.toList();
	}

	/** Every call of the centers, drafts included, for their staff. */
	public List<ProgramViews.CallCard> callsOf(List<Long> centerIds) {
		return calls.findByCenterIdInOrderByOpensAtDescIdDesc(centerIds).stream().map(this::card).toList();
	}

	public Optional<ProgramCall> publicCall(long centerId, long callId) {
		return calls.findById(callId).filter(c -> c.getCenterId() == centerId && c.isAnnounced());
	}

	public String slugOf(ProgramCall call) {
		return centers.findById(call.getCenterId()).map(CenterSummary::slug).orElse("");
	}

	public ProgramViews.CallCard card(ProgramCall c) {
		return new ProgramViews.CallCard(c.getId(), c.getCenterId(), slugOf(c), c.getTitle(), c.getKind(),
				c.statusAt(clock.instant()), c.getApplicantType(), seoul(c.getOpensAt()), seoul(c.getClosesAt()),
				c.getBudgetWon(), c.getAwardCount(), c.isAnnounced());
	}

	public ProgramViews.CallView view(ProgramCall c) {
		List<ProgramViews.CriterionView> list = criteriaOf(c.getId());
		return new ProgramViews.CallView(card(c), c.getPurpose(), c.getEligibleTypes(), c.getEligibleRegion(),
				c.getEligibleStage(), c.getRequiredDocuments(), c.isScoresVisible(), c.isTrimmedMean(),
				form(c.getId(), FormKind.APPLICATION), form(c.getId(), FormKind.REPORT), list,
				list.stream().mapToInt(ProgramViews.CriterionView::weight).sum());
	}

	public List<ProgramViews.CriterionView> criteriaOf(long callId) {
		return criteria.findByCallIdOrderBySortOrderAscIdAsc(callId).stream()
			.map(k -> new ProgramViews.CriterionView(k.getId(), k.getName(), k.getWeight(), k.getMaxScore()))
			.toList();
	}

	public List<ProgramViews.FieldView> form(long callId, FormKind kind) {
		return fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, kind).stream()
			.map(f -> new ProgramViews.FieldView(f.getId(), f.getLabel(), f.getFieldType(), f.isRequired(),
					f.choiceList()))
			.toList();
	}
}
