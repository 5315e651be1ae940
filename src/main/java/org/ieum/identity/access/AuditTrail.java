package org.ieum.identity.access;

import java.time.Instant;
import java.time.LocalDate;

import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the audit pages read: the personal-data access log by who, whom, what and when, and whether its chain holds. */
@Service
class AuditTrail {

	private final PersonalDataAccessLog accessLog;

	AuditTrail(PersonalDataAccessLog accessLog) {
		this.accessLog = accessLog;
	}

	/** Entries from the start of {@code from} to the end of {@code to} (dates in Asia/Seoul), newest first. */
	@Transactional(readOnly = true)
	Page<AccessEntryView> accessEntries(String actor, Long subject, PersonalDataAction action, LocalDate from,
			LocalDate to, Pageable page) {
		return accessLog.search(actor, subject, action, from.atStartOfDay(Seoul.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant(), page)
			.map(AccessEntryView::of);
	}

	/** The id of the first entry that does not fit the chain, -1 when the newest are missing, null when intact. */
	@Transactional(readOnly = true)
	Long firstBrokenLink() {
		return accessLog.verify();
	}

	record AccessEntryView(long id, Instant occurredAt, String actorEmail, String ipAddress,
			Long subjectAccountId, PersonalDataAction action, String detail, String reason) {

		static AccessEntryView of(PersonalDataAccess e) {
			return new AccessEntryView(e.getId(), e.getOccurredAt(), e.getActorEmail(), e.getIpAddress(),
					e.getSubjectAccountId(), e.getAction(), e.getDetail(), e.getReason());
		}
	}
}
