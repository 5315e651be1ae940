package org.ieum.governance.councils;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.web.Refusal;

/**
 * A person on a council for a term, with or without an account. A member whose term ended is
 * kept: the minutes and attendance of past meetings name them.
 */
@Entity
@Table(name = "governance_member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "council_id", nullable = false)
	private long councilId;

	@Column(nullable = false)
	private String name;

	private String affiliation;

	private String email;

	@Column(name = "account_id")
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberRole role;

	@Column(name = "term_start", nullable = false)
	private LocalDate termStart;

	@Column(name = "term_end", nullable = false)
	private LocalDate termEnd;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Member() {
	}

	public Member(long councilId, String name, String affiliation, String email, Long accountId, MemberRole role,
			LocalDate termStart, LocalDate termEnd, Instant now) {
		if (termEnd.isBefore(termStart)) {
			throw new Refusal("governance.error.termDates");
		}
		this.councilId = councilId;
		this.name = name;
		this.affiliation = affiliation;
		this.email = email;
		this.accountId = accountId;
		this.role = role;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.createdAt = now;
	}

	public boolean servesOn(LocalDate day) {
		return !day.isBefore(termStart) && !day.isAfter(termEnd);
	}

	public Long getId() {
		return id;
	}

	public long getCouncilId() {
		return councilId;
	}

	public String getName() {
		return name;
	}

	public String getAffiliation() {
		return affiliation;
	}

	public String getEmail() {
		return email;
	}

	public Long getAccountId() {
		return accountId;
	}

	public MemberRole getRole() {
		return role;
	}

	public LocalDate getTermStart() {
		return termStart;
	}

	public LocalDate getTermEnd() {
		return termEnd;
	}
}
