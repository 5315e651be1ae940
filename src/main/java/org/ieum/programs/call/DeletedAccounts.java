package org.ieum.programs.call;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's applications and reviews lose its name and address; applications,
 * scores and results stay so a call's ranking and figures do not change. Running it twice
 * changes nothing more.
 */
@Component
public class DeletedAccounts {

	private final ApplicationRepository applications;
	private final ReviewRepository reviews;

	DeletedAccounts(ApplicationRepository applications, ReviewRepository reviews) {
		this.applications = applications;
		this.reviews = reviews;
	}

	@EventListener
	public void on(AccountDeleted event) {
		applications.findByApplicantAccountIdOrderByIdDesc(event.accountId()).forEach(Application::forgetApplicant);
		reviews.findByReviewerAccountIdOrderByIdDesc(event.accountId()).forEach(Review::forgetReviewer);
	}
}
