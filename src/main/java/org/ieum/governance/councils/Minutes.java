package org.ieum.governance.councils;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * One version of a meeting's minutes (회의록). The secretary drafts it, the chair approves it;
 * once approved it is locked, and a change is a new version that says why.
 */
@Entity
@Table(name = "governance_minutes")
public class Minutes {

	public static final int MAX_BODY = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(nullable = false)
	private String body;

	private String reason;

	@Column(name = "drafted_by", nullable = false)
	private long draftedBy;

	@Column(name = "drafted_at", nullable = false)
	private Instant draftedAt;

	@Column(name = "approved_by")
	private Long approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Version
	private long version;

	protected Minutes() {
	}

	public Minutes(long meetingId, int versionNo, String body, String reason, long draftedBy, Instant now) {
		if (versionNo > 1 && reason == null) {
			throw new Refusal("governance.error.reasonNeeded");
		}
		this.meetingId = meetingId;
		this.versionNo = versionNo;
		this.body = body;
		this.reason = reason;
		this.draftedBy = draftedBy;
		this.draftedAt = now;
	}

	public boolean isApproved() {
		return approvedAt != null;
	}

	void redraft(String newBody, long by, Instant now) {
		if (isApproved()) {
			throw new Refusal("governance.error.minutesLocked");
		}
		this.body = newBody;
		this.draftedBy = by;
		this.draftedAt = now;
	}

	public void approve(long chairAccountId, Instant now) {
		if (isApproved()) {
			throw new Refusal("governance.error.minutesLocked");
		}
		this.approvedBy = chairAccountId;
		this.approvedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public String getBody() {
		return body;
	}

	public String getReason() {
		return reason;
	}

	public Instant getDraftedAt() {
		return draftedAt;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}
}
