package org.ieum.programs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.ProgramCall;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting an application from a call's page: a new draft, or the applicant's existing one taken up again. */
@Service
@Transactional
public class ApplicationDrafts {

	private final CallRepository calls;
	private final ApplicationRepository applications;
	private final ApplicationAccess access;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	ApplicationDrafts(CallRepository calls, ApplicationRepository applications, ApplicationAccess access,
			EnterprisesApi enterprises, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.access = access;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/**
	 * The applicant's draft for this call, new or existing. For organization calls the person
	 * must manage the organization and it must meet the call's type and region; founders apply
	 * for themselves.
	 */
	public Application start(long callId, CurrentUser me, Long organizationId) {
		ProgramCall call = calls.findById(callId).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		Instant now = clock.instant();
		if (!call.acceptsAt(now)) {
			throw new Refusal("programs.error.closed");
		}
		String name;
		if (call.getApplicantType() == ApplicantType.ORGANIZATION) {
			if (organizationId == null) {
				throw new Refusal("programs.error.chooseOrganization");
			}
			if (!enterprises.isManager(organizationId, me.accountId())) {
				throw new AccessDeniedException("not a manager of organization " + organizationId);
			}
			OrganizationSummary organization = enterprises.findById(organizationId)
				.orElseThrow(() -> new Refusal("programs.error.chooseOrganization"));
			checkEligible(call, organization);
			name = organization.name();
		}
		else {
			organizationId = null;
			name = me.displayName();
		}
		Application existing = applications.findByCallIdAndApplicantKey(callId, Application.keyOf(me.accountId(), organizationId))
			.orElse(null);
		if (existing != null) {
			access.requireApplicant(existing, me);
			existing.reopen(call, now);
			return existing;
		}
		return applications.save(new Application(call, me.accountId(), me.email(), name, organizationId, now));
	}

	/** Refusing an organization the call plainly excludes saves it a wasted application; staff still screen the rest. */
	public static void checkEligible(ProgramCall call, OrganizationSummary organization) {
		if (organization.status() == OrganizationStatus.CLOSED) {
			throw new Refusal("programs.error.organizationClosed");
		}
		Set<?> types = call.getEligibleTypes();
		if (!types.isEmpty() && organization.activeDesignations().stream().noneMatch(types::contains)) {
			throw new Refusal("programs.error.typeNotEligible");
		}
		String region = call.getEligibleRegion();
		if (region != null && !region.isBlank() && !region.equals(organization.sido())
				&& !region.equals(organization.sigungu())
				&& !(organization.sido() + " " + organization.sigungu()).equals(region)) {
			throw new Refusal("programs.error.regionNotEligible");
		}
	}
}
