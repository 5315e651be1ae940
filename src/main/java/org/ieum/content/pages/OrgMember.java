package org.ieum.content.pages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person on a center's 조직도: team, name, role and work phone, in the order staff gave them. */
@Entity
@Table(name = "content_org_member")
public class OrgMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String team;

	@Column(nullable = false)
	private String name;

	private String role;

	private String phone;

	@Column(nullable = false)
	private int position;

	protected OrgMember() {
	}

	public OrgMember(long centerId, String team, String name, String role, String phone, int position) {
		this.centerId = centerId;
		this.team = team;
		this.name = name;
		this.role = role;
		this.phone = phone;
		this.position = position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getTeam() {
		return team;
	}

	String getName() {
		return name;
	}

	String getRole() {
		return role;
	}

	String getPhone() {
		return phone;
	}

	int getPosition() {
		return position;
	}
}
