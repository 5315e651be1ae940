package org.ieum.governance.councils;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a member was told their term ends on a day; unique per member and term end. */
@Entity
@Table(name = "governance_term_reminder")
class TermReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Column(name = "term_end", nullable = false)
	private LocalDate termEnd;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected TermReminder() {
	}

	TermReminder(long memberId, LocalDate termEnd, Instant sentAt) {
		this.memberId = memberId;
		this.termEnd = termEnd;
		this.sentAt = sentAt;
	}
}
