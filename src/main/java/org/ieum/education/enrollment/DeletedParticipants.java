package org.ieum.education.enrollment;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's places in courses not over yet are given back (the waitlist moves
 * up); every enrollment keeps its attendance figures but loses the name and address; a
 * certificate already issued then verifies with the anonymous name. Running it twice
 * changes nothing more.
 */
@Component
class DeletedParticipants {

	private final EnrollmentRepository enrollments;
	private final Enrollments seats;

	DeletedParticipants(EnrollmentRepository enrollments, Enrollments seats) {
		this.enrollments = enrollments;
		this.seats = seats;
	}

	@EventListener
	void on(AccountDeleted event) {
		seats.withdrawDeleted(event.accountId());
		enrollments.findByAccountId(event.accountId()).forEach(Enrollment::forgetParticipant);
	}
}
