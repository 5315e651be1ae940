package org.ieum.enterprises.records;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.shared.web.Refusal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member asks to manage an organization; staff of one of its centers decide. */
@Entity
@Table(name = "enterprises_claim")
public class ManagementClaim {

	public enum Status {
		PENDING, APPROVED, REJECTED
	}

	@Version
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "claimant_name", nullable = false, length = 100)
	private String claimantName;

	@Column(name = "claimant_email", nullable = false, length = 320)
	private String claimantEmail;

	@Column(name = "business_number", nullable = false, length = 10)
	private String businessNumber;

	@Column(nullable = false, length = 1000)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.PENDING;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decision_note", length = 500)
	private String decisionNote;

	protected ManagementClaim() {
	}

	public ManagementClaim(long organizationId, long accountId, String claimantName, String claimantEmail,
			BusinessNumber number, String note, Instant now) {
		this.organizationId = organizationId;
		this.accountId = accountId;
		this.claimantName = claimantName;
		this.claimantEmail = claimantEmail;
		this.businessNumber = number.digits();
		this.note = note;
		this.createdAt = now;
	}

	/** The claimant deleted their account: the claim stays as a record, without naming them. */
	public void forgetClaimant() {
		claimantName = ANONYMOUS;
		claimantEmail = "deleted-" + accountId + "@deleted.invalid";
		note = ANONYMOUS;
	}

	static final String ANONYMOUS = "-";

	public void approve(long staffAccountId, String decisionNote, Instant now) {
		decide(Status.APPROVED, staffAccountId, decisionNote, now);
	}

	public void reject(long staffAccountId, String decisionNote, Instant now) {
		decide(Status.REJECTED, staffAccountId, decisionNote, now);
	}

	private void decide(Status outcome, long staffAccountId, String decisionNote, Instant now) {
		if (status != Status.PENDING) {
			throw new Refusal("enterprises.error.claimDecided");
		}
		this.status = outcome;
		this.decidedBy = staffAccountId;
		this.decisionNote = decisionNote;
		this.decidedAt = now;
	}

	public void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getClaimantName() {
		return claimantName;
	}

	public String getClaimantEmail() {
		return claimantEmail;
	}

	public String getBusinessNumber() {
		return businessNumber;
	}

	public String getNote() {
		return note;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}
}
