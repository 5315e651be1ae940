package org.ieum.programs.call;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an application and its files: the applicant (or another approved manager of
 * the applying organization), a reviewer assigned to it who declared no conflict of
 * interest, and staff of the call's center. Everyone else gets 403. Staff reading one is
 * written to the personal-data access log in the transaction of the read.
 */
@Component
@Transactional
public class ApplicationAccess {

	public enum Viewer {
		APPLICANT, REVIEWER, STAFF
	}

	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final ReviewRepository reviews;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;

	ApplicationAccess(ApplicationRepository applications, CallRepository calls, ReviewRepository reviews,
			EnterprisesApi enterprises, IdentityApi identity) {
		this.applications = applications;
		this.calls = calls;
		this.reviews = reviews;
		this.enterprises = enterprises;
		this.identity = identity;
	}

	public Viewer viewerOf(Application application, CurrentUser me) {
		if (isApplicant(application, me)) {
			return Viewer.APPLICANT;
		}
		if (Authorities.canManageCenter(application.getCenterId())) {
			return Viewer.STAFF;
		}
		if (me != null && reviews.findByApplicationIdAndReviewerAccountId(application.getId(), me.accountId())
			.filter(Review::mayReadApplication)
			.isPresent()) {
			return Viewer.REVIEWER;
		}
		throw new AccessDeniedException("not a reader of application " + application.getId());
	}

	public boolean isApplicant(Application application, CurrentUser me) {
		return me != null && isApplicant(application, me.accountId());
	}

	/** Any manager of the applying organization is the applicant, not only the one who started the form. */
	public boolean isApplicant(Application application, long accountId) {
		if (application.getApplicantAccountId() == accountId) {
			return true;
		}
		return application.getOrganizationId() != null && enterprises.isManager(application.getOrganizationId(), accountId);
	}

	public void requireApplicant(Application application, CurrentUser me) {
		if (!isApplicant(application, me)) {
			throw new AccessDeniedException("not the applicant of application " + application.getId());
		}
	}

	/** The application if the current user may read it; staff reading it is written to the access log. */
	public Application readable(long applicationId, CurrentUser me) {
		Application application = find(applicationId);
		if (viewerOf(application, me) == Viewer.STAFF) {
			identity.recordPersonalDataAccess(application.getApplicantAccountId(), PersonalDataAction.VIEW,
					"지원사업 신청서 조회 (신청 " + applicationId + ")", null);
		}
		return application;
	}

	/** The applicant's own application; anyone else's is 403. */
	@Transactional(readOnly = true)
	public Application own(long applicationId, CurrentUser me) {
		Application application = find(applicationId);
		requireApplicant(application, me);
		return application;
	}

	@Transactional(readOnly = true)
	public Application find(long applicationId) {
		return applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
	}

	/** The id of an application of this call, as staff name it in a link; another call's is 404. */
	@Transactional(readOnly = true)
	public long inCall(long callId, long applicationId) {
		if (find(applicationId).getCallId() != callId) {
			throw Refusal.notFound("programs.error.noApplication");
		}
		return applicationId;
	}

	@Transactional(readOnly = true)
	public ProgramCall callOf(Application application) {
		return calls.findById(application.getCallId()).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
	}
}
