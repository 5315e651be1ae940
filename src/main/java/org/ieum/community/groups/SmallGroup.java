package org.ieum.community.groups;

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

import org.ieum.shared.web.Refusal;

/** A small group (소모임) of a center, proposed by the member who leads it and approved by the center's staff. */
@Entity
@Table(name = "community_group")
public class SmallGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 60)
	private String name;

	@Column(nullable = false, length = 1000)
	private String purpose;

	@Column(nullable = false, length = 100)
	private String frequency;

	@Column(name = "leader_account_id", nullable = false)
	private long leaderAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GroupStatus status;

	@Column(name = "decision_note", length = 500)
	private String decisionNote;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected SmallGroup() {
	}

	public SmallGroup(long centerId, String name, String purpose, String frequency, long leaderAccountId, Instant at) {
		this.centerId = centerId;
		this.name = name;
		this.purpose = purpose;
		this.frequency = frequency;
		this.leaderAccountId = leaderAccountId;
		this.status = GroupStatus.PROPOSED;
		this.proposedAt = at;
	}

	public void approve(Instant at) {
		requireProposed();
		this.status = GroupStatus.ACTIVE;
		this.decidedAt = at;
	}

	void reject(String note, Instant at) {
		requireProposed();
		this.status = GroupStatus.REJECTED;
		this.decisionNote = note;
		this.decidedAt = at;
	}

	private void requireProposed() {
		if (status != GroupStatus.PROPOSED) {
			throw new Refusal("community.error.alreadyDecided");
		}
	}

	boolean active() {
		return status == GroupStatus.ACTIVE;
	}

	boolean ledBy(long accountId) {
		return leaderAccountId == accountId;
	}

	public Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	public String getName() {
		return name;
	}

	String getPurpose() {
		return purpose;
	}

	String getFrequency() {
		return frequency;
	}

	long getLeaderAccountId() {
		return leaderAccountId;
	}

	GroupStatus getStatus() {
		return status;
	}

	String getDecisionNote() {
		return decisionNote;
	}

	Instant getProposedAt() {
		return proposedAt;
	}
}
