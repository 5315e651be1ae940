package org.ieum.identity.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.identity.Role;

@Entity
@Table(name = "identity_role_grant")
public class RoleGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "center_id")
	private Long centerId;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "granted_by")
	private Long grantedBy;

	protected RoleGrant() {
	}

	RoleGrant(Role role, Long centerId, Long grantedBy, Instant grantedAt) {
		this.role = role;
		this.centerId = centerId;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	public Role getRole() {
		return role;
	}

	public Long getCenterId() {
		return centerId;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}
}
