package org.ieum.education;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's enrollments keep their seat and attendance figures but lose the
 * name and address; a certificate already issued then verifies with the anonymous name.
 * Running it twice changes nothing more.
 */
@Component
class DeletedParticipants {

	private final EnrollmentRepository enrollments;

	DeletedParticipants(EnrollmentRepository enrollments) {
		this.enrollments = enrollments;
	}

	@EventListener
	void on(AccountDeleted event) {
		enrollments.findByAccountId(event.accountId()).forEach(Enrollment::forgetParticipant);
	}
}
