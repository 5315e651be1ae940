package org.ieum.programs;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read an application and its files: the applicant (or another approved manager of
 * the applying organization), a reviewer assigned to it who declared no conflict of
 * interest, and staff of the call's center. Everyone else gets 403.
 */
@Component
class ApplicationAccess {

	enum Viewer {
		APPLICANT, REVIEWER, STAFF
	}

	private final ReviewRepository reviews;
	private final EnterprisesApi enterprises;

	ApplicationAccess(ReviewRepository reviews, EnterprisesApi enterprises) {
		this.reviews = reviews;
		this.enterprises = enterprises;
	}

	Viewer viewerOf(Application application, CurrentUser me) {
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

	boolean isApplicant(Application application, CurrentUser me) {
		if (me == null) {
			return false;
		}
		if (application.getApplicantAccountId() == me.accountId()) {
			return true;
		}
		return application.getOrganizationId() != null
				&& enterprises.isManager(application.getOrganizationId(), me.accountId());
	}

	void requireApplicant(Application application, CurrentUser me) {
		if (!isApplicant(application, me)) {
			throw new AccessDeniedException("not the applicant of application " + application.getId());
		}
	}
}
