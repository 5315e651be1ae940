package org.ieum.programs.administration;

import java.time.Clock;
import java.util.List;

import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.FieldType;
import org.ieum.programs.call.FormField;
import org.ieum.programs.call.FormFieldRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.programs.call.ReviewStatus;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff set up the calls of their own centers: details, the application and report forms, criteria. */
@Service
@Transactional
public class CallAdministration {

	private final CallRepository calls;
	private final FormFieldRepository fields;
	private final CriterionRepository criteria;
	private final ApplicationRepository applications;
	private final ReviewRepository reviews;
	private final Clock clock;

	CallAdministration(CallRepository calls, FormFieldRepository fields, CriterionRepository criteria,
			ApplicationRepository applications, ReviewRepository reviews, Clock clock) {
		this.calls = calls;
		this.fields = fields;
		this.criteria = criteria;
		this.applications = applications;
		this.reviews = reviews;
		this.clock = clock;
	}

	public ProgramCall create(long centerId, CallDetails details) {
		Authorities.requireCenterStaff(centerId);
		return calls.save(new ProgramCall(centerId, details, clock.instant()));
	}

	/**
	 * A new call is a draft; staff announce it once its application form has at least one
	 * question (the form freezes when the first applicant starts, so it must be ready).
	 */
	public void announce(long callId) {
		ProgramCall call = callToManage(callId);
		if (fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, FormKind.APPLICATION).isEmpty()) {
			throw new Refusal("programs.error.emptyForm");
		}
		call.announce(clock.instant());
	}

	public void revise(long callId, CallDetails details) {
		ProgramCall call = callToManage(callId);
		call.revise(details, clock.instant());
	}

	/** The call, after checking that the current user is staff of its center (403 otherwise). */
	@Transactional(readOnly = true)
	public ProgramCall callToManage(long callId) {
		ProgramCall call = calls.findById(callId).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		Authorities.requireCenterStaff(call.getCenterId());
		return call;
	}

	/**
	 * The application form is fixed once anyone has started an application, so every applicant
	 * answers the same questions; the report form stays open until results are out.
	 */
	public FormField addField(long callId, FormKind form, String label, FieldType type, boolean required,
			List<String> choices) {
		ProgramCall call = callToManage(callId);
		requireFormOpen(call, form);
		int next = fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, form).size() + 1;
		return fields.save(new FormField(callId, form, next, label, type, required, choices));
	}

	public void removeField(long callId, long fieldId) {
		ProgramCall call = callToManage(callId);
		FormField field = fields.findById(fieldId).filter(f -> f.getCallId() == callId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noField"));
		requireFormOpen(call, field.getForm());
		if (call.isAnnounced() && field.getForm() == FormKind.APPLICATION
				&& fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, FormKind.APPLICATION).size() == 1) {
			throw new Refusal("programs.error.emptyForm");
		}
		fields.delete(field);
	}

	/** Criteria are fixed once a reviewer has scored, so all reviews are on one scale. */
	public Criterion addCriterion(long callId, String name, int weight, int maxScore) {
		ProgramCall call = callToManage(callId);
		requireCriteriaOpen(call);
		int next = criteria.findByCallIdOrderBySortOrderAscIdAsc(callId).size() + 1;
		return criteria.save(new Criterion(callId, next, name, weight, maxScore));
	}

	public void removeCriterion(long callId, long criterionId) {
		ProgramCall call = callToManage(callId);
		requireCriteriaOpen(call);
		criteria.findById(criterionId).filter(c -> c.getCallId() == callId).ifPresent(criteria::delete);
	}

	private void requireFormOpen(ProgramCall call, FormKind form) {
		if (call.isPublished() && form == FormKind.APPLICATION) {
			throw new Refusal("programs.error.published");
		}
		if (form == FormKind.APPLICATION && applications.existsByCallId(call.getId())) {
			throw new Refusal("programs.error.formInUse");
		}
	}

	private void requireCriteriaOpen(ProgramCall call) {
		if (call.isPublished() || reviews.existsByCallIdAndStatus(call.getId(), ReviewStatus.SUBMITTED)) {
			throw new Refusal("programs.error.criteriaInUse");
		}
	}
}
