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

/** One person in one group: asked to join, then accepted by the leader. At most one per person and group. */
@Entity
@Table(name = "community_membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MembershipStatus status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Version
	private long version;

	protected Membership() {
	}

	private Membership(long groupId, long accountId, MembershipStatus status, Instant at) {
		this.groupId = groupId;
		this.accountId = accountId;
		this.status = status;
		this.requestedAt = at;
		this.acceptedAt = status == MembershipStatus.MEMBER ? at : null;
	}

	public static Membership requested(long groupId, long accountId, Instant at) {
		return new Membership(groupId, accountId, MembershipStatus.REQUESTED, at);
	}

	/** The leader belongs to the group from its proposal. */
	public static Membership leader(long groupId, long accountId, Instant at) {
		return new Membership(groupId, accountId, MembershipStatus.MEMBER, at);
	}

	public void accept(Instant at) {
		if (status == MembershipStatus.MEMBER) {
			throw new Refusal("community.error.alreadyMember");
		}
		this.status = MembershipStatus.MEMBER;
		this.acceptedAt = at;
	}

	boolean member() {
		return status == MembershipStatus.MEMBER;
	}

	Long getId() {
		return id;
	}

	long getGroupId() {
		return groupId;
	}

	long getAccountId() {
		return accountId;
	}

	MembershipStatus getStatus() {
		return status;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}
}
